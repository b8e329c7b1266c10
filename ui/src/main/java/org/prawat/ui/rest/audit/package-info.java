/** HTTP endpoints for auditors: verify the event store's hash chain, read the read log. */
package org.prawat.ui.rest.audit;
