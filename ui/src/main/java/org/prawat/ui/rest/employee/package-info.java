/** HTTP endpoints of a case file's career records: registration, transfer, position change, separation. */
package org.prawat.ui.rest.employee;
