package org.prawat.api.evaluation;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** The evaluation is dated before its round began. */
public class EvaluationRoundNotStarted extends RuleViolation {

    public EvaluationRoundNotStarted(EvaluationRound round, LocalDate evaluatedOn) {
        super(
                "evaluation.round-not-started",
                "รอบการประเมินที่ " + round + " เริ่มวันที่ " + round.startsOn() + " แต่วันที่ประเมินคือ "
                        + evaluatedOn,
                "Round " + round + " starts on " + round.startsOn() + " but the evaluation is dated " + evaluatedOn);
    }
}
