package org.prawat.domain.knowledge;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.knowledge.KnowledgeTestData.BODY;
import static org.prawat.domain.knowledge.KnowledgeTestData.ITEM;
import static org.prawat.domain.knowledge.KnowledgeTestData.PUBLISHED;
import static org.prawat.domain.knowledge.KnowledgeTestData.PUBLISHED_ITEM;
import static org.prawat.domain.knowledge.KnowledgeTestData.SOMSRI;
import static org.prawat.domain.knowledge.KnowledgeTestData.TITLE;
import static org.prawat.domain.knowledge.KnowledgeTestData.TOPICS;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.knowledge.ArchiveKnowledgeItem;
import org.prawat.api.knowledge.BeforePublication;
import org.prawat.api.knowledge.KnowledgeItemAlreadyArchived;
import org.prawat.api.knowledge.KnowledgeItemArchived;
import org.prawat.api.knowledge.KnowledgeItemRevised;
import org.prawat.api.knowledge.KnowledgeItemUnchanged;
import org.prawat.api.knowledge.ReviseKnowledgeItem;
import org.prawat.domain.TestClock;

/** A published item is revised in numbered revisions and archived once; dates follow publication. */
class KnowledgeItemRevisionTest {

    private static final String NEW_TITLE = "หัวใจการให้บริการประชาชน: บทเรียนจากจุดบริการเบ็ดเสร็จ";
    private static final List<String> NEW_TOPICS = List.of("การบริการประชาชน", "การทำงานเป็นทีม", "ศูนย์บริการร่วม");
    private static final LocalDate REVISED = LocalDate.of(2025, 11, 3);
    private static final String NOTE = "เพิ่มตัวอย่างจากศูนย์บริการร่วม";
    private static final KnowledgeItemRevised REVISION_2 =
            new KnowledgeItemRevised(ITEM, 2, NEW_TITLE, BODY, TOPICS, SOMSRI, REVISED, NOTE);
    private static final String REASON = "มีองค์ความรู้ฉบับปรับปรุงตามหลักสูตรปี 2569 แทน";
    private static final KnowledgeItemArchived ARCHIVED =
            new KnowledgeItemArchived(ITEM, REASON, LocalDate.of(2026, 1, 15));

    private final AggregateTestFixture<KnowledgeItem> fixture = KnowledgeTestData.fixture();

    @Test
    void the_first_revision_of_a_published_item_is_revision_2() {
        fixture.given(PUBLISHED_ITEM)
                .when(new ReviseKnowledgeItem(ITEM, NEW_TITLE, BODY, TOPICS, SOMSRI, REVISED, " " + NOTE + " "))
                .expectEvents(REVISION_2);
    }

    @Test
    void each_later_revision_takes_the_next_number() {
        fixture.given(PUBLISHED_ITEM, REVISION_2)
                .when(new ReviseKnowledgeItem(ITEM, NEW_TITLE, BODY, NEW_TOPICS, SOMSRI, REVISED, null))
                .expectEvents(new KnowledgeItemRevised(ITEM, 3, NEW_TITLE, BODY, NEW_TOPICS, SOMSRI, REVISED, ""));
    }

    @Test
    void a_revision_that_changes_nothing_is_refused() {
        fixture.given(PUBLISHED_ITEM)
                .when(revise(" " + TITLE, BODY + " ", List.of("การทำงานเป็นทีม", "การบริการประชาชน"), REVISED))
                .expectException(refusedWith(KnowledgeItemUnchanged.class))
                .expectNoEvents();
    }

    @Test
    void a_revision_by_someone_without_a_case_file_is_refused() {
        fixture.given(PUBLISHED_ITEM)
                .when(new ReviseKnowledgeItem(ITEM, NEW_TITLE, BODY, TOPICS, new EmployeeId("stranger"), REVISED, NOTE))
                .expectException(refusedWith(UnknownEmployee.class));
    }

    @Test
    void a_revision_dated_before_publication_is_refused() {
        fixture.given(PUBLISHED_ITEM)
                .when(revise(NEW_TITLE, BODY, TOPICS, PUBLISHED.minusDays(1)))
                .expectException(refusedWith(BeforePublication.class));
    }

    @Test
    void a_revision_dated_tomorrow_is_refused() {
        fixture.given(PUBLISHED_ITEM)
                .when(revise(NEW_TITLE, BODY, TOPICS, TestClock.TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_revision_of_an_archived_item_is_refused() {
        fixture.given(PUBLISHED_ITEM, ARCHIVED)
                .when(revise(NEW_TITLE, BODY, TOPICS, REVISED))
                .expectException(refusedWith(KnowledgeItemAlreadyArchived.class))
                .expectNoEvents();
    }

    @Test
    void an_item_is_archived_with_the_reason() {
        fixture.given(PUBLISHED_ITEM, REVISION_2)
                .when(new ArchiveKnowledgeItem(ITEM, REASON + "\n", ARCHIVED.archivedOn()))
                .expectEvents(ARCHIVED);
    }

    @Test
    void archiving_twice_is_refused() {
        fixture.given(PUBLISHED_ITEM, ARCHIVED)
                .when(new ArchiveKnowledgeItem(ITEM, REASON, TestClock.TODAY))
                .expectException(refusedWith(KnowledgeItemAlreadyArchived.class));
    }

    @Test
    void archiving_dated_before_publication_is_refused() {
        fixture.given(PUBLISHED_ITEM)
                .when(new ArchiveKnowledgeItem(ITEM, REASON, PUBLISHED.minusDays(1)))
                .expectException(refusedWith(BeforePublication.class));
    }

    @Test
    void a_buddhist_era_year_in_the_archiving_date_is_refused() {
        fixture.given(PUBLISHED_ITEM)
                .when(new ArchiveKnowledgeItem(ITEM, REASON, LocalDate.of(2569, 1, 15)))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    private static ReviseKnowledgeItem revise(String title, String body, List<String> topics, LocalDate on) {
        return new ReviseKnowledgeItem(ITEM, title, body, topics, SOMSRI, on, NOTE);
    }
}
