/** HTTP endpoints for operators: rebuild the read side from the event store and watch its progress. */
package org.prawat.ui.rest.rebuild;
