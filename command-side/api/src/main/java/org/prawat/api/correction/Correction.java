package org.prawat.api.correction;

/**
 * A command that corrects a case file, or asks for or decides on a correction. Entries must stay
 * correctable after the employee has left service, so a closed case file still accepts these.
 */
public interface Correction {}
