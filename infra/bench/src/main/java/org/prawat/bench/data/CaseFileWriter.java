package org.prawat.bench.data;

import java.util.List;
import java.util.Set;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.TrainingId;

/** Writes one employee's case file from their profile: a pure function of the seed and the profile. */
final class CaseFileWriter {

    private final long seed;
    private final OrganisationTree tree;

    CaseFileWriter(long seed, OrganisationTree tree) {
        this.seed = seed;
        this.tree = tree;
    }

    CaseFile write(Profile profile) {
        var draft = new Draft(profile, Randoms.forItem(seed, "case-file", profile.index()));
        OrganisationUnitId unit = CareerPart.write(draft, tree);
        List<EvaluationPart.Recorded> evaluations = EvaluationPart.write(draft);
        List<Object> commendations = CommendationPart.write(draft);
        List<TrainingPart.Recorded> trainings = TrainingPart.write(draft);
        Set<TrainingId> linked = PlanPart.write(draft, trainings);
        CareerPart.separate(draft);
        CorrectionPart.write(draft, trainings, linked, evaluations, commendations);
        List<Object> commands = draft.timeline.commands();
        return new CaseFile(profile.employeeId(), unit, commands, (int) EventCounts.of(commands));
    }
}
