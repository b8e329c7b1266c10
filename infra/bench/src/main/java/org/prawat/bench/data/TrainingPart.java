package org.prawat.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.bench.data.Profile.Kind;
import org.prawat.bench.data.SeedPhrases.Course;

/** Trainings over the years (orientation first for the newly appointed), with participants' reports. */
final class TrainingPart {

    /** A training as recorded, for plans to count and corrections to name. */
    record Recorded(TrainingId trainingId, Training training, boolean reported) {}

    private static final double PER_YEAR = 1.4;
    /** The veteran went to many courses: the 500-event case file of the as-at query. */
    private static final double VETERAN_PER_YEAR = 3.6;

    private TrainingPart() {}

    static List<Recorded> write(Draft draft) {
        Profile p = draft.profile;
        SplittableRandom random = draft.random;
        List<Recorded> recorded = new ArrayList<>();
        if (!p.appointedOn().isBefore(p.recordsFrom())) {
            LocalDate start = draft.daysAfter(p.appointedOn(), 7, 90);
            add(draft, SeedPhrases.orientation(), start, recorded);
        }
        LocalDate last = BenchCalendar.min(p.lastDay().minusDays(1), BenchCalendar.TODAY);
        long days = ChronoUnit.DAYS.between(p.recordsFrom(), last);
        double rate = p.kind() == Kind.VETERAN ? VETERAN_PER_YEAR : PER_YEAR;
        int count = days <= 0 ? 0 : Randoms.poisson(random, days / 365.0 * rate);
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(Randoms.day(random, p.recordsFrom(), last));
        }
        starts.sort(null);
        for (LocalDate start : starts) {
            add(
                    draft,
                    Randoms.pick(random, SeedPhrases.COURSES.subList(1, SeedPhrases.COURSES.size())),
                    start,
                    recorded);
        }
        return recorded;
    }

    /** What a training of {@code course} from {@code start} says, as the course's session would say it. */
    static Training training(
            Course course, LocalDate start, String organisation, SplittableRandom random, TrainingOutcome outcome) {
        int days =
                switch (course.kind()) {
                    case ORIENTATION, SEMINAR -> 1 + random.nextInt(2);
                    case STUDY_VISIT -> 2 + random.nextInt(3);
                    case E_LEARNING -> 1;
                    default -> 1 + random.nextInt(3);
                };
        boolean online = course.kind() == TrainingKind.E_LEARNING;
        BigDecimal hours = BigDecimal.valueOf(online ? 3 + random.nextInt(4) : days * 6L);
        List<String> trainers = online ? List.of() : List.of(Randoms.pick(random, SeedPhrases.TRAINERS));
        String provider = course.inHouse() ? course.provider() + " " + organisation : course.provider();
        LocalDate end = start.plusDays(days - 1);
        String certificate = outcome == TrainingOutcome.PASSED
                ? (1 + random.nextInt(4_000)) + "/" + BenchCalendar.buddhistYear(end)
                : null;
        BigDecimal cost = online ? null : BigDecimal.valueOf(500 + 100L * random.nextInt(86));
        String funding =
                online ? null : "งบประมาณรายจ่ายประจำปี พ.ศ. " + BenchCalendar.buddhistYear(end) + " " + organisation;
        return new Training(
                course.kind(),
                course.title(),
                provider,
                trainers,
                start,
                end,
                hours,
                course.area(),
                outcome,
                certificate,
                cost,
                funding);
    }

    private static void add(Draft draft, Course course, LocalDate start, List<Recorded> recorded) {
        SplittableRandom random = draft.random;
        double draw = random.nextDouble();
        TrainingOutcome outcome = draw < 0.85
                ? TrainingOutcome.PASSED
                : draw < 0.97 ? TrainingOutcome.ATTENDED : TrainingOutcome.NOT_PASSED;
        Training training = training(course, start, draft.organisationName(), random, outcome);
        if (!draft.open(training.endDate())) {
            return;
        }
        var trainingId = new TrainingId(Randoms.uuid(random));
        draft.timeline.add(training.endDate(), new RecordTraining(draft.employeeId(), trainingId, training));
        LocalDate submitted = draft.daysAfter(training.endDate(), 3, 20);
        boolean reported = Randoms.chance(random, 0.4) && draft.open(submitted);
        if (reported) {
            draft.timeline.add(
                    submitted,
                    new SubmitTrainingReport(
                            draft.employeeId(),
                            trainingId,
                            Randoms.pick(random, SeedPhrases.LEARNED),
                            Randoms.pick(random, SeedPhrases.APPLIED),
                            submitted));
        }
        recorded.add(new Recorded(trainingId, training, reported));
    }
}
