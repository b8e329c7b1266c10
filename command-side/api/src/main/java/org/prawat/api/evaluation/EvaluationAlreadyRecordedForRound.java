package org.prawat.api.evaluation;

import org.prawat.api.RuleViolation;

/** The case file already holds an evaluation for this round: a change is a correction of that one. */
public class EvaluationAlreadyRecordedForRound extends RuleViolation {

    public EvaluationAlreadyRecordedForRound(EvaluationRound round) {
        super(
                "evaluation.round-taken",
                "มีผลการประเมินรอบที่ " + round + " อยู่แล้ว: หากต้องการแก้ไข ให้ยื่นคำขอแก้ไขผลการประเมินเดิม",
                "An evaluation for round " + round + " is already recorded: to change it, file a correction of"
                        + " that evaluation");
    }
}
