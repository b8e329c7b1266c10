package org.prawat.bench.data;

import java.util.List;
import java.util.stream.Stream;

/**
 * A generated data set, deterministic from its seed: the commands the runner sends through the
 * command bus, in an order the aggregates accept, and what the queries ask about it.
 */
public interface BenchData {

    DataSize size();

    long seed();

    /** Organisation units, each after its parent (CreateOrganisationUnit). */
    List<Object> organisation();

    /** The units' managers (AssignUnitManager), sent after the case files: a manager must be registered. */
    List<Object> unitManagers();

    /** Courses and their sessions (CreateCourse, ScheduleCourseSession), sent before any case file. */
    List<Object> courses();

    /** Every employee's case file, generated lazily and always the same for the same seed. */
    Stream<CaseFile> caseFiles();

    /** Bulk attendance (RecordSessionAttendance, up to 300 attendees), sent after the case files. */
    Stream<Object> attendance();

    /** Thai words and phrases that occur in the data, for full-text queries. */
    List<String> searchTerms();
}
