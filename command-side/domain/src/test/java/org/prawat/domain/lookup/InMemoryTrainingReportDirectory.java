package org.prawat.domain.lookup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.prawat.api.knowledge.TrainingReportRef;

/** Stands in for the PostgreSQL registry in fixture tests; the real one is exercised by ui's KnowledgeItemIT. */
public class InMemoryTrainingReportDirectory implements TrainingReportDirectory {

    private final Map<TrainingReportRef, LocalDate> submitted = new HashMap<>();
    private final Set<TrainingReportRef> retracted = new HashSet<>();

    @Override
    public boolean isStanding(TrainingReportRef report) {
        return submitted.containsKey(report) && !retracted.contains(report);
    }

    @Override
    public void registerSubmitted(TrainingReportRef report, LocalDate submittedOn) {
        submitted.putIfAbsent(report, submittedOn);
    }

    @Override
    public void markRetracted(TrainingReportRef report) {
        if (submitted.containsKey(report)) {
            retracted.add(report);
        }
    }

    public int size() {
        return submitted.size();
    }
}
