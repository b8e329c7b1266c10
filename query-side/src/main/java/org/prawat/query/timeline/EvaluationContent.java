package org.prawat.query.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.prawat.api.evaluation.EvaluationAcknowledged;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.evaluation.EvaluationReviewed;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.TimelineEntryKind;

/**
 * What an evaluation says as a timeline entry: its round and result, then the reviewer's agreement
 * and the employee's acknowledgement, which a correction of the result keeps.
 */
final class EvaluationContent {

    private static final List<String> FOLLOW_UPS =
            List.of("reviewerName", "reviewAgreed", "reviewComments", "reviewedOn", "acknowledgedOn");

    private EvaluationContent() {}

    static EntryContent of(EvaluationRecorded event) {
        return of(event.evaluationRound(), result(event), Map.of());
    }

    /** {@code result} for {@code round}, keeping the follow-ups already in {@code previousDetails}. */
    static EntryContent of(EvaluationRound round, EvaluationResult result, Map<String, String> previousDetails) {
        var details = Details.of()
                .put("fiscalYear", round.fiscalYear())
                .put("round", round.number())
                .put("achievementScore", result.achievementScore())
                .put("achievementWeight", result.achievementWeight())
                .put("competencyScore", result.competencyScore())
                .put("competencyWeight", result.competencyWeight())
                .put("total", result.total())
                .put("level", result.level())
                .put("bandsVersion", result.bandsVersion())
                .put("evaluatorName", result.evaluatorName())
                .put("evaluatedOn", result.evaluatedOn())
                .put("comments", result.comments());
        FOLLOW_UPS.forEach(key -> details.put(key, previousDetails.get(key)));
        return content(round, result.evaluatedOn(), result.level(), details.build());
    }

    static EntryContent reviewed(TimelineEntryDocument entry, EvaluationReviewed event) {
        return followedUp(
                entry,
                Details.from(entry.details())
                        .put("reviewerName", event.reviewerName())
                        .put("reviewAgreed", event.agreed())
                        .put("reviewComments", event.comments())
                        .put("reviewedOn", event.reviewedOn())
                        .build());
    }

    static EntryContent acknowledged(TimelineEntryDocument entry, EvaluationAcknowledged event) {
        return followedUp(
                entry,
                Details.from(entry.details())
                        .put("acknowledgedOn", event.acknowledgedOn())
                        .build());
    }

    /** The round of an evaluation entry, from its details. */
    static EvaluationRound roundOf(TimelineEntryDocument entry) {
        return new EvaluationRound(
                new FiscalYear(Integer.parseInt(entry.details().get("fiscalYear"))),
                Integer.parseInt(entry.details().get("round")));
    }

    private static EntryContent followedUp(TimelineEntryDocument entry, Map<String, String> details) {
        return content(roundOf(entry), entry.businessDate(), entry.evaluationLevel(), details);
    }

    private static EntryContent content(
            EvaluationRound round, LocalDate evaluatedOn, EvaluationLevel level, Map<String, String> details) {
        String title = "ประเมินผลการปฏิบัติราชการ รอบที่ " + round + ": " + level.thai();
        return new EntryContent(
                TimelineEntryKind.EVALUATION,
                evaluatedOn,
                title,
                Details.text(
                        title,
                        "ผู้ประเมิน",
                        details.get("evaluatorName"),
                        details.get("comments"),
                        details.get("reviewComments")),
                details,
                round.fiscalYear(),
                level);
    }

    private static EvaluationResult result(EvaluationRecorded event) {
        return new EvaluationResult(
                event.achievementScore(),
                event.achievementWeight(),
                event.competencyScore(),
                event.competencyWeight(),
                event.total(),
                event.level(),
                event.bandsVersion(),
                event.evaluatorName(),
                event.evaluatedOn(),
                event.comments());
    }
}
