package org.prawat.query.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.pdpa.Erasure;
import org.prawat.api.pdpa.PersonalDataErased;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * What the knowledge documents need to know of the rest of the system: who the authors are and
 * where they sit (for the caller's scope), and the course titles of their trainings. Kept here, in
 * the same processor, rather than read from another processor's index that may not have caught up.
 */
@ProcessingGroup(KnowledgeConfiguration.PROCESSING_GROUP)
class KnowledgeAuthorsProjection {

    private final KnowledgeStore store;

    KnowledgeAuthorsProjection(ProjectionTarget target) {
        this.store = new KnowledgeStore(target);
    }

    @EventHandler
    void on(OrganisationUnitCreated event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        var path = new ArrayList<String>();
        if (event.parentId() != null) {
            path.addAll(store.unitPath(event.parentId().value()));
        }
        path.add(event.unitId().value());
        store.putUnit(facts, new KnowledgeUnit(event.unitId().value(), List.copyOf(path), facts.position()));
    }

    @EventHandler
    void on(OrganisationUnitMoved event, EventMessage<?> message) {
        var newPath = new ArrayList<>(store.unitPath(event.newParentId().value()));
        newPath.add(event.unitId().value());
        store.moveUnit(EventFacts.of(message), event.unitId().value(), List.copyOf(newPath));
    }

    @EventHandler
    void on(EmployeeRegistered event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String employeeId = event.employeeId().value();
        String unitId = event.unitId().value();
        var documentIds =
                store.author(employeeId).map(KnowledgeAuthor::documentIds).orElse(List.of());
        store.putAuthor(
                facts,
                new KnowledgeAuthor(
                        employeeId,
                        event.firstName() == null
                                ? Erasure.ERASED
                                : event.title() + event.firstName() + " " + event.lastName(),
                        unitId,
                        store.unitPath(unitId),
                        documentIds,
                        facts.position()));
    }

    @EventHandler
    void on(EmployeeTransferred event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        String unitId = event.toUnitId().value();
        store.changeAuthor(
                facts,
                event.employeeId().value(),
                author -> author.inUnit(unitId, store.unitPath(unitId), facts.position()));
    }

    @EventHandler
    void on(PersonalDataErased event, EventMessage<?> message) {
        var facts = EventFacts.of(message);
        store.changeAuthor(facts, event.employeeId().value(), author -> author.erased(facts.position()));
    }

    @EventHandler
    void on(TrainingRecorded event, EventMessage<?> message) {
        store.putTraining(new KnowledgeTraining(
                event.trainingId().value(),
                event.employeeId().value(),
                event.training().courseTitle(),
                EventFacts.of(message).position()));
    }

    @EventHandler
    void on(TrainingCorrected event, EventMessage<?> message) {
        store.putTraining(new KnowledgeTraining(
                event.trainingId().value(),
                event.employeeId().value(),
                event.corrected().courseTitle(),
                EventFacts.of(message).position()));
    }
}
