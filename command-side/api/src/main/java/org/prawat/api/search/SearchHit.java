package org.prawat.api.search;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;

/**
 * One thing found by {@link SearchEverything}. {@code snippet} is a piece of its text with the
 * words searched for marked {@code <mark>…</mark>} (the start of the text when nothing was
 * searched for). {@code employeeId} and {@code employeeName} name whose it is, null for
 * knowledge without an employee. {@code kind} is the record or knowledge kind (null for a
 * person); {@code businessDate} is the record's date, a person's appointment date.
 */
public record SearchHit(
        SearchHitType type,
        String id,
        String title,
        String snippet,
        EmployeeId employeeId,
        String employeeName,
        String kind,
        LocalDate businessDate) {}
