/** HTTP reads of the case files: one employee's history (now, as at, as of) and a unit's team timeline. */
package org.prawat.ui.rest.history;
