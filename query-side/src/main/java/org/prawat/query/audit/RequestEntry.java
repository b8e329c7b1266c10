package org.prawat.query.audit;

import java.time.LocalDate;
import java.util.Map;

/** The part of a {@code timeline} entry of kind CORRECTION_REQUEST that the queue shows. */
record RequestEntry(
        String entryId, String employeeId, String employeeName, LocalDate businessDate, Map<String, String> details) {}
