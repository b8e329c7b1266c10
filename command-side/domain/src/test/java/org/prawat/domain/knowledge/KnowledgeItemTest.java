package org.prawat.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.knowledge.KnowledgeTestData.BODY;
import static org.prawat.domain.knowledge.KnowledgeTestData.ITEM;
import static org.prawat.domain.knowledge.KnowledgeTestData.PUBLISH;
import static org.prawat.domain.knowledge.KnowledgeTestData.PUBLISHED;
import static org.prawat.domain.knowledge.KnowledgeTestData.PUBLISHED_ITEM;
import static org.prawat.domain.knowledge.KnowledgeTestData.REPORT;
import static org.prawat.domain.knowledge.KnowledgeTestData.SOMSRI;
import static org.prawat.domain.knowledge.KnowledgeTestData.TITLE;
import static org.prawat.domain.knowledge.KnowledgeTestData.TOPICS;
import static org.prawat.domain.knowledge.KnowledgeTestData.WITTAYA;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.knowledge.AuthorDidNotWriteReport;
import org.prawat.api.knowledge.KnowledgeItemPublished;
import org.prawat.api.knowledge.KnowledgeLimits;
import org.prawat.api.knowledge.PublishKnowledgeItem;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.knowledge.UnknownTrainingReport;
import org.prawat.api.training.TrainingId;
import org.prawat.domain.TestClock;

/** Publishing a knowledge item: by an employee with a case file, from their own standing report. */
class KnowledgeItemTest {

    private final AggregateTestFixture<KnowledgeItem> fixture = KnowledgeTestData.fixture();

    @Test
    void the_writer_of_a_post_training_report_publishes_what_was_learned() {
        fixture.givenNoPriorActivity().when(PUBLISH).expectEvents(PUBLISHED_ITEM);
    }

    @Test
    void knowledge_from_elsewhere_is_published_without_a_source_and_tidied() {
        var untidy = new PublishKnowledgeItem(
                ITEM,
                " " + TITLE + " ",
                "\n" + BODY + "\n",
                List.of(" การบริการประชาชน", "การทำงานเป็นทีม", "การบริการประชาชน "),
                SOMSRI,
                null,
                PUBLISHED);
        fixture.givenNoPriorActivity()
                .when(untidy)
                .expectEvents(new KnowledgeItemPublished(ITEM, TITLE, BODY, TOPICS, SOMSRI, null, PUBLISHED));
    }

    @Test
    void an_author_without_a_case_file_is_refused() {
        fixture.givenNoPriorActivity()
                .when(by(new EmployeeId("stranger"), null))
                .expectException(refusedWith(UnknownEmployee.class))
                .expectNoEvents();
    }

    @Test
    void a_report_never_submitted_is_refused_as_a_source() {
        var notReported = new TrainingReportRef(WITTAYA, new TrainingId("training-without-report"));
        fixture.givenNoPriorActivity()
                .when(by(WITTAYA, notReported))
                .expectException(refusedWith(UnknownTrainingReport.class))
                .expectNoEvents();
    }

    @Test
    void someone_elses_report_is_refused_as_a_source() {
        fixture.givenNoPriorActivity()
                .when(by(SOMSRI, REPORT))
                .expectException(refusedWith(AuthorDidNotWriteReport.class))
                .expectNoEvents();
    }

    @Test
    void a_publication_dated_tomorrow_is_refused() {
        fixture.givenNoPriorActivity()
                .when(publishedOn(TestClock.TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_buddhist_era_year_in_the_publication_date_is_refused() {
        fixture.givenNoPriorActivity()
                .when(publishedOn(LocalDate.of(2568, 9, 1)))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_blank_title_is_refused_by_the_command_shape() {
        var untitled = new PublishKnowledgeItem(ITEM, " ", BODY, TOPICS, WITTAYA, REPORT, PUBLISHED);
        assertThatThrownBy(() -> fixture.givenNoPriorActivity().when(untitled))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The title is required");
    }

    @Test
    void a_body_longer_than_the_limit_is_refused_by_the_command_shape() {
        var tooLong = "ก".repeat(KnowledgeLimits.BODY_MAX + 1);
        var command = new PublishKnowledgeItem(ITEM, TITLE, tooLong, TOPICS, WITTAYA, REPORT, PUBLISHED);
        assertThatThrownBy(() -> fixture.givenNoPriorActivity().when(command))
                .isInstanceOf(JSR303ViolationException.class);
    }

    private static PublishKnowledgeItem by(EmployeeId author, TrainingReportRef source) {
        return new PublishKnowledgeItem(ITEM, TITLE, BODY, TOPICS, author, source, PUBLISHED);
    }

    private static PublishKnowledgeItem publishedOn(LocalDate date) {
        return new PublishKnowledgeItem(ITEM, TITLE, BODY, TOPICS, WITTAYA, REPORT, date);
    }
}
