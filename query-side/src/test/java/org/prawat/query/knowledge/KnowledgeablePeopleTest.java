package org.prawat.query.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.knowledge.KnowledgeablePersonHit;

class KnowledgeablePeopleTest {

    private static final String SUPAPORN = "นางสาวสุภาพร ศรีสุข";

    @Test
    void the_author_of_a_report_and_an_item_ranks_above_a_trainer_of_one_course() {
        var people = new KnowledgeablePeople();
        people.credit(course("นายไพเจน มากสุวรรณ์"), 9.0, "<em>หัวใจ</em>การให้บริการ");
        people.credit(written(KnowledgeKind.TRAINING_REPORT, "supaporn", SUPAPORN), 4.0, "รายงาน");
        people.credit(written(KnowledgeKind.KNOWLEDGE_ITEM, "supaporn", SUPAPORN), 5.0, "ความรู้");

        var ranked = people.ranked();

        assertThat(ranked).extracting(KnowledgeablePersonHit::name).containsExactly(SUPAPORN, "นายไพเจน มากสุวรรณ์");
        assertThat(ranked.get(0).reports()).isEqualTo(1);
        assertThat(ranked.get(0).items()).isEqualTo(1);
        assertThat(ranked.get(0).bestSnippet())
                .as("from the best-scoring match")
                .isEqualTo("ความรู้");
        assertThat(ranked.get(1).employeeId()).as("known by name only").isNull();
        assertThat(ranked.get(1).coursesTaught()).isEqualTo(1);
    }

    @Test
    void a_trainer_who_is_also_an_author_among_the_matches_is_counted_once_as_that_author() {
        var people = new KnowledgeablePeople();
        people.credit(written(KnowledgeKind.TRAINING_REPORT, "supaporn", SUPAPORN), 4.0, "รายงาน");
        people.credit(course(SUPAPORN), 3.0, "หลักสูตร");

        assertThat(people.ranked()).singleElement().satisfies(person -> {
            assertThat(person.employeeId().value()).isEqualTo("supaporn");
            assertThat(person.matches()).isEqualTo(2);
        });
    }

    @Test
    void among_equally_many_matches_the_better_match_ranks_first() {
        var people = new KnowledgeablePeople();
        people.credit(written(KnowledgeKind.TRAINING_REPORT, "a", "นายเอ"), 1.0, "");
        people.credit(written(KnowledgeKind.TRAINING_REPORT, "b", "นายบี"), 7.0, "");

        assertThat(people.ranked()).extracting(KnowledgeablePersonHit::name).containsExactly("นายบี", "นายเอ");
    }

    private static KnowledgeDocument course(String trainer) {
        var course = KnowledgeDocument.course("c-" + trainer, "หลักสูตร", "");
        return new KnowledgeDocument(
                course.recordId(),
                course.kind(),
                course.title(),
                course.text(),
                List.of(),
                null,
                null,
                List.of(trainer),
                null,
                List.of(),
                null,
                KnowledgeStatus.ACTIVE,
                null,
                null,
                List.of(),
                1);
    }

    private static KnowledgeDocument written(KnowledgeKind kind, String authorId, String name) {
        return KnowledgeDocument.written(kind, kind + authorId, "ชื่อเรื่อง", "เนื้อหา", List.of(), null, null, null)
                .by(new KnowledgeAuthor(authorId, name, "u", List.of("u"), List.of(), 1));
    }
}
