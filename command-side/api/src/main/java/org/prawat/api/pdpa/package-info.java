/** PDPA erasure: personal data kept under a key per person, erased by destroying the key. */
package org.prawat.api.pdpa;
