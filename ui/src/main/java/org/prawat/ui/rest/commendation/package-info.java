/** HTTP endpoints of a case file's commendations. */
package org.prawat.ui.rest.commendation;
