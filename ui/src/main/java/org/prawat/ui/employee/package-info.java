/** The employee register: list and Thai word search. */
package org.prawat.ui.employee;
