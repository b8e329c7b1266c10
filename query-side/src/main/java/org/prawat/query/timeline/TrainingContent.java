package org.prawat.query.timeline;

import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingReportSubmitted;

/** What a training record and the participant's report say as timeline entries. */
final class TrainingContent {

    private TrainingContent() {}

    /** A training report's entry id: the training has one report at most. */
    static String reportEntryId(Object trainingId) {
        return trainingId + ":report";
    }

    static EntryContent of(Training training) {
        String trainers = String.join(", ", training.trainers());
        return new EntryContent(
                TimelineEntryKind.TRAINING,
                training.endDate(),
                ThaiNames.of(training.kind()) + ": " + training.courseTitle(),
                Details.text(
                        ThaiNames.of(training.kind()),
                        training.courseTitle(),
                        training.provider(),
                        trainers,
                        ThaiNames.of(training.area()),
                        training.certificateNumber()),
                Details.of()
                        .put("kind", training.kind())
                        .put("courseTitle", training.courseTitle())
                        .put("provider", training.provider())
                        .put("trainers", trainers)
                        .put("startDate", training.startDate())
                        .put("endDate", training.endDate())
                        .put("hours", training.hours())
                        .put("area", training.area())
                        .put("outcome", training.outcome())
                        .put("certificateNumber", training.certificateNumber())
                        .put("cost", training.cost())
                        .put("funding", training.funding())
                        .build());
    }

    /** The report on a training whose course is {@code courseTitle} (null when the training is unknown). */
    static EntryContent of(TrainingReportSubmitted report, String courseTitle) {
        return new EntryContent(
                TimelineEntryKind.TRAINING_REPORT,
                report.submittedOn(),
                reportTitle(courseTitle),
                Details.text(courseTitle, report.whatWasLearned(), report.howItWillBeApplied()),
                Details.of()
                        .put("trainingId", report.trainingId())
                        .put("courseTitle", courseTitle)
                        .put("whatWasLearned", report.whatWasLearned())
                        .put("howItWillBeApplied", report.howItWillBeApplied())
                        .put("submittedOn", report.submittedOn())
                        .build());
    }

    /** The same report after its training's course title was corrected to {@code courseTitle}. */
    static TimelineEntryDocument retitled(TimelineEntryDocument report, String courseTitle) {
        var details = report.details();
        var content = new EntryContent(
                report.kind(),
                report.businessDate(),
                reportTitle(courseTitle),
                Details.text(courseTitle, details.get("whatWasLearned"), details.get("howItWillBeApplied")),
                Details.from(details).put("courseTitle", courseTitle).build());
        return report.saying(content);
    }

    private static String reportTitle(String courseTitle) {
        return courseTitle == null ? "รายงานผลการพัฒนา" : "รายงานผลการพัฒนา: " + courseTitle;
    }
}
