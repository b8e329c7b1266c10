package org.prawat.query.employee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.prawat.api.evaluation.EvaluationLevel;

/**
 * The records a profile counts, each under its record id, so that a correction replaces what one
 * record said and a retraction takes it out of every sum. Only records in force are kept.
 */
record EmployeeRecords(
        Map<String, FiscalYearHours> trainings, Map<String, EvaluationMark> evaluations, List<String> commendations) {

    static EmployeeRecords none() {
        return new EmployeeRecords(Map.of(), Map.of(), List.of());
    }

    EmployeeRecords withTraining(String trainingId, FiscalYearHours hours) {
        var all = new LinkedHashMap<>(trainings);
        all.put(trainingId, hours);
        return new EmployeeRecords(all, evaluations, commendations);
    }

    /** A correction of a training that is still counted; a retracted one stays out. */
    EmployeeRecords correctedTraining(String trainingId, FiscalYearHours hours) {
        return trainings.containsKey(trainingId) ? withTraining(trainingId, hours) : this;
    }

    EmployeeRecords withEvaluation(String evaluationId, EvaluationMark mark) {
        var all = new LinkedHashMap<>(evaluations);
        all.put(evaluationId, mark);
        return new EmployeeRecords(trainings, all, commendations);
    }

    EmployeeRecords regradedEvaluation(String evaluationId, UnaryOperator<EvaluationMark> regrade) {
        var mark = evaluations.get(evaluationId);
        return mark == null ? this : withEvaluation(evaluationId, regrade.apply(mark));
    }

    EmployeeRecords withCommendation(String commendationId) {
        if (commendations.contains(commendationId)) {
            return this;
        }
        var all = new ArrayList<>(commendations);
        all.add(commendationId);
        return new EmployeeRecords(trainings, evaluations, all);
    }

    /** Without the record {@code recordId}, of whatever kind: it was retracted. */
    EmployeeRecords without(String recordId) {
        var keptTrainings = new LinkedHashMap<>(trainings);
        keptTrainings.remove(recordId);
        var keptEvaluations = new LinkedHashMap<>(evaluations);
        keptEvaluations.remove(recordId);
        var keptCommendations = new ArrayList<>(commendations);
        keptCommendations.remove(recordId);
        return new EmployeeRecords(keptTrainings, keptEvaluations, keptCommendations);
    }

    /** Hours per fiscal year, earliest year first. */
    List<FiscalYearHours> hoursPerFiscalYear() {
        var sums = new TreeMap<Integer, BigDecimal>();
        trainings.values().forEach(t -> sums.merge(t.fiscalYear(), t.hours(), BigDecimal::add));
        return sums.entrySet().stream()
                .map(sum -> new FiscalYearHours(sum.getKey(), sum.getValue()))
                .toList();
    }

    /** The level of the latest round evaluated; null before the first evaluation. */
    EvaluationLevel latestEvaluationLevel() {
        return evaluations.values().stream()
                .max(EvaluationMark.LATEST_LAST)
                .map(EvaluationMark::level)
                .orElse(null);
    }
}
