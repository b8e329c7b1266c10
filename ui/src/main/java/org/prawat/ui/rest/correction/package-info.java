/** HTTP endpoints of corrections: nothing is overwritten, every correction is a new record. */
package org.prawat.ui.rest.correction;
