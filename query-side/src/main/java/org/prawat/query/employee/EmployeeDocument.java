package org.prawat.query.employee;

import java.time.LocalDate;
import java.util.List;

/** One employee in the {@value EmployeeProjection#INDEX} index (see elasticsearch/indices/employees.json). */
record EmployeeDocument(
        String employeeId,
        String title,
        String firstName,
        String lastName,
        String fullName,
        String sortName,
        String position,
        String unitId,
        String unitName,
        List<String> unitPath,
        String nationalIdMasked,
        LocalDate appointedOn) {}
