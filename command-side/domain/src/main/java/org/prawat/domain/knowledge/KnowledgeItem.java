package org.prawat.domain.knowledge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.knowledge.ArchiveKnowledgeItem;
import org.prawat.api.knowledge.AuthorDidNotWriteReport;
import org.prawat.api.knowledge.BeforePublication;
import org.prawat.api.knowledge.KnowledgeItemAlreadyArchived;
import org.prawat.api.knowledge.KnowledgeItemArchived;
import org.prawat.api.knowledge.KnowledgeItemId;
import org.prawat.api.knowledge.KnowledgeItemPublished;
import org.prawat.api.knowledge.KnowledgeItemRevised;
import org.prawat.api.knowledge.KnowledgeItemUnchanged;
import org.prawat.api.knowledge.PublishKnowledgeItem;
import org.prawat.api.knowledge.ReviseKnowledgeItem;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.knowledge.UnknownTrainingReport;
import org.prawat.domain.BusinessDates;
import org.prawat.domain.lookup.EmployeeDirectory;
import org.prawat.domain.lookup.TrainingReportDirectory;

/**
 * A knowledge item (องค์ความรู้) in the organisation's knowledge base: published by an employee,
 * revised in numbered revisions, archived at the end. Knowledge drawn from a post-training report is
 * published by the participant who wrote it, so that the report's learning is credited to them.
 */
@Aggregate
public class KnowledgeItem {

    @AggregateIdentifier
    private KnowledgeItemId knowledgeItemId;

    private Content content;
    private int revision;
    private LocalDate publishedOn;
    private LocalDate archivedOn;

    /** What a revision must change; topics as a set, since their order carries no meaning. */
    private record Content(String title, String body, Set<String> topics) {

        static Content of(String title, String body, List<String> topics) {
            return new Content(title.strip(), body.strip(), new LinkedHashSet<>(topics(topics)));
        }

        /** Without blanks around them and without repeats, in the order given. */
        static List<String> topics(List<String> topics) {
            return topics.stream().map(String::strip).distinct().toList();
        }
    }

    @CommandHandler
    public KnowledgeItem(
            PublishKnowledgeItem command, EmployeeDirectory employees, TrainingReportDirectory reports, Clock clock) {
        requireEmployee(command.author(), employees);
        TrainingReportRef source = command.source();
        if (source != null) {
            if (!source.employeeId().equals(command.author())) {
                throw new AuthorDidNotWriteReport(command.author(), source);
            }
            if (!reports.isStanding(source)) {
                throw new UnknownTrainingReport(source);
            }
        }
        BusinessDates.requirePlausible(
                command.publishedOn(), "วันที่เผยแพร่", "The publication date", LocalDate.now(clock));
        apply(new KnowledgeItemPublished(
                command.knowledgeItemId(),
                command.title().strip(),
                command.body().strip(),
                Content.topics(command.topics()),
                command.author(),
                source,
                command.publishedOn()));
    }

    protected KnowledgeItem() {
        // for Axon, which rebuilds the item from its events
    }

    @CommandHandler
    void handle(ReviseKnowledgeItem command, EmployeeDirectory employees, Clock clock) {
        requireNotArchived();
        requireEmployee(command.revisedBy(), employees);
        requireDate(command.revisedOn(), "วันที่แก้ไข", "The revision date", clock);
        if (Content.of(command.title(), command.body(), command.topics()).equals(content)) {
            throw new KnowledgeItemUnchanged(knowledgeItemId);
        }
        apply(new KnowledgeItemRevised(
                knowledgeItemId,
                revision + 1,
                command.title().strip(),
                command.body().strip(),
                Content.topics(command.topics()),
                command.revisedBy(),
                command.revisedOn(),
                command.note() == null ? "" : command.note().strip()));
    }

    @CommandHandler
    void handle(ArchiveKnowledgeItem command, Clock clock) {
        requireNotArchived();
        requireDate(command.archivedOn(), "วันที่จัดเก็บ", "The archiving date", clock);
        apply(new KnowledgeItemArchived(knowledgeItemId, command.reason().strip(), command.archivedOn()));
    }

    private static void requireEmployee(EmployeeId employeeId, EmployeeDirectory employees) {
        if (!employees.exists(employeeId)) {
            throw new UnknownEmployee(employeeId);
        }
    }

    private void requireNotArchived() {
        if (archivedOn != null) {
            throw new KnowledgeItemAlreadyArchived(knowledgeItemId, archivedOn);
        }
    }

    private void requireDate(LocalDate date, String fieldThai, String fieldEnglish, Clock clock) {
        BusinessDates.requirePlausible(date, fieldThai, fieldEnglish, LocalDate.now(clock));
        if (date.isBefore(publishedOn)) {
            throw new BeforePublication(fieldThai, fieldEnglish, date, publishedOn);
        }
    }

    @EventSourcingHandler
    void on(KnowledgeItemPublished event) {
        knowledgeItemId = event.knowledgeItemId();
        content = Content.of(event.title(), event.body(), event.topics());
        revision = 1;
        publishedOn = event.publishedOn();
    }

    @EventSourcingHandler
    void on(KnowledgeItemRevised event) {
        content = Content.of(event.title(), event.body(), event.topics());
        revision = event.revision();
    }

    @EventSourcingHandler
    void on(KnowledgeItemArchived event) {
        archivedOn = event.archivedOn();
    }
}
