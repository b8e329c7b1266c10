package org.prawat.api.correction;

/**
 * A command that corrects a case file or decides on a correction. Struck-through entries must stay
 * correctable after the employee has left service, so a closed case file still accepts these.
 */
public interface Correction {}
