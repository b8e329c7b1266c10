/** HTTP endpoint of PDPA erasure: a person's personal data erased on a lawful request. */
package org.prawat.ui.rest.pdpa;
