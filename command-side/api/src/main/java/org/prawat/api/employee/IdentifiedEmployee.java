package org.prawat.api.employee;

/** {@code identifier} exactly as it was given, and the employee it names. */
public record IdentifiedEmployee(String identifier, EmployeeHit employee) {}
