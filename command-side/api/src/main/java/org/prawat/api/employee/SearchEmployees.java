package org.prawat.api.employee;

/**
 * Finds employees by any Thai or English word of their name, unit or position; an empty text
 * lists everyone, by name. {@code page} counts from 0.
 */
public record SearchEmployees(String text, int page, int size) {}
