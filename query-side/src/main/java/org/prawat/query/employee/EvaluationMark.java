package org.prawat.query.employee;

import java.util.Comparator;
import org.prawat.api.evaluation.EvaluationLevel;

/** What a profile keeps of one evaluation: its round and the level it gave. */
record EvaluationMark(int fiscalYear, int round, EvaluationLevel level) {

    static final Comparator<EvaluationMark> LATEST_LAST =
            Comparator.comparingInt(EvaluationMark::fiscalYear).thenComparingInt(EvaluationMark::round);

    EvaluationMark graded(EvaluationLevel newLevel) {
        return new EvaluationMark(fiscalYear, round, newLevel);
    }
}
