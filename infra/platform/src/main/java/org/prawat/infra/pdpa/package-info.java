/**
 * PDPA erasure by crypto-shredding: personal data in stored events is encrypted with a key per
 * person, the keys are kept wrapped by the master key, and destroying a person's key erases their
 * personal data without rewriting a stored event.
 */
package org.prawat.infra.pdpa;
