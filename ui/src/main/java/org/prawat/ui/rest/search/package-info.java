/** HTTP search across everything the caller may see. */
package org.prawat.ui.rest.search;
