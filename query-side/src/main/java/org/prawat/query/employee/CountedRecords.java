package org.prawat.query.employee;

import java.util.List;

/**
 * The records one employee's profile counts and their sums, in the {@value EmployeeProfiles#RECORDS}
 * index (see elasticsearch/indices/employee-records.json). Kept apart from the searched profile: a
 * training, the most frequent event, rewrites only this document, which is read by id and never
 * searched, so Elasticsearch neither analyses the profile's Thai text again nor makes the searched
 * index refresh and merge for it. {@code lastGlobalIndex} is the position of the last event
 * counted.
 */
record CountedRecords(
        String employeeId,
        List<FiscalYearHours> trainingHours,
        int trainingCount,
        int evaluationCount,
        int commendationCount,
        EmployeeRecords records,
        long lastGlobalIndex) {

    /** Before the employee's first record: nothing counted, no event applied. */
    static CountedRecords none(String employeeId) {
        return counting(employeeId, EmployeeRecords.none(), -1);
    }

    /** Every sum worked out again from {@code records}, as of the event at {@code position}. */
    static CountedRecords counting(String employeeId, EmployeeRecords records, long position) {
        return new CountedRecords(
                employeeId,
                records.hoursPerFiscalYear(),
                records.trainings().size(),
                records.evaluations().size(),
                records.commendations().size(),
                records,
                position);
    }
}
