package org.prawat.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.bench.data.SeedPhrases.Course;

/**
 * The course catalogue of the seed texts, run by the first province's อบจ. for local staff across
 * the data set, with sessions whose attendance is recorded in bulk: one of exactly 300 people (the
 * bulk-attendance figure) and others of 20–120.
 */
final class CourseCatalogue {

    static final int BULK_ATTENDEES = 300;

    private record Session(ScheduleCourseSession command, int attendees, TrainingOutcome outcome) {}

    private final long seed;
    private final List<CreateCourse> courses = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();

    CourseCatalogue(DataSize size, long seed, String organiser) {
        this.seed = seed;
        SplittableRandom random = Randoms.forItem(seed, "courses", 0);
        for (Course course : SeedPhrases.COURSES) {
            String provider = course.inHouse() ? course.provider() + " " + organiser : course.provider();
            courses.add(new CreateCourse(
                    new CourseId(Randoms.uuid(random)),
                    course.title(),
                    provider,
                    course.kind(),
                    course.area(),
                    "หลักสูตรตามแผนพัฒนาพนักงาน ๓ ปี (จากเอกสาร: " + provider + ")"));
        }
        int[] numbers = new int[courses.size()];
        LocalDate bulkStart = LocalDate.of(2026, 8, 17);
        sessions.add(session(random, 1, numbers, bulkStart, 2, BULK_ATTENDEES));
        int others =
                switch (size) {
                    case SMALL -> 2;
                    case MEDIUM -> 120;
                    case LARGE -> 1_000;
                };
        for (int i = 0; i < others; i++) {
            LocalDate start = Randoms.day(random, LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 31));
            int course = 1 + random.nextInt(courses.size() - 1);
            sessions.add(session(random, course, numbers, start, 1 + random.nextInt(2), 20 + random.nextInt(101)));
        }
    }

    List<Object> courses() {
        List<Object> commands = new ArrayList<>(courses);
        sessions.forEach(session -> commands.add(session.command()));
        return commands;
    }

    /** Events the attendance stores, known before anyone is chosen to attend. */
    long attendanceEvents() {
        return sessions.stream().mapToLong(s -> 1 + s.attendees()).sum();
    }

    CourseSessionId bulkSessionId() {
        return sessions.get(0).command().sessionId();
    }

    /** Attendance of each session by people in service and appointed before it, drawn from the first {@code employees}. */
    List<Object> attendance(Profiles profiles, int employees) {
        List<Object> commands = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            Session session = sessions.get(s);
            SplittableRandom random = Randoms.forItem(seed, "attendance", s);
            Set<Integer> tried = new HashSet<>();
            List<EmployeeId> attendees = new ArrayList<>();
            while (attendees.size() < session.attendees()) {
                if (tried.size() == employees) {
                    throw new IllegalStateException(
                            "Too few people in service for a session of " + session.attendees());
                }
                int index = random.nextInt(employees);
                if (!tried.add(index)) {
                    continue;
                }
                Profile profile = profiles.profile(index);
                if (profile.separatedOn() == null
                        && profile.appointedOn().isBefore(session.command().startDate())) {
                    attendees.add(profile.employeeId());
                }
            }
            commands.add(new RecordSessionAttendance(
                    session.command().courseId(), session.command().sessionId(), attendees, session.outcome()));
        }
        return commands;
    }

    private Session session(
            SplittableRandom random, int course, int[] numbers, LocalDate start, int days, int attendees) {
        var command = new ScheduleCourseSession(
                courses.get(course).courseId(),
                new CourseSessionId(Randoms.uuid(random)),
                ++numbers[course],
                start,
                start.plusDays(days - 1L),
                BigDecimal.valueOf(6L * days),
                List.of(Randoms.pick(random, SeedPhrases.TRAINERS)),
                Randoms.pick(random, SeedPhrases.VENUES));
        return new Session(
                command, attendees, Randoms.chance(random, 0.8) ? TrainingOutcome.PASSED : TrainingOutcome.ATTENDED);
    }
}
