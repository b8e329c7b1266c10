package org.prawat.api.employee;

/** One employee found by {@link SearchEmployees}; the national ID is masked. */
public record EmployeeHit(
        EmployeeId employeeId,
        String title,
        String firstName,
        String lastName,
        String position,
        String unitName,
        String nationalIdMasked) {

    public String fullName() {
        return (title + firstName + " " + lastName).strip();
    }
}
