package org.prawat.domain.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.KnowledgeItemId;
import org.prawat.api.knowledge.KnowledgeItemPublished;
import org.prawat.api.knowledge.PublishKnowledgeItem;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.training.TrainingId;
import org.prawat.domain.TestClock;
import org.prawat.domain.lookup.InMemoryEmployeeDirectory;
import org.prawat.domain.lookup.InMemoryTrainingReportDirectory;

/**
 * An อบจ.สงขลา officer's report on the course "บริการประชาชนด้วยใจ" (seed 000), published as a
 * knowledge item; a colleague who revises it. Shared by the knowledge tests.
 */
final class KnowledgeTestData {

    static final KnowledgeItemId ITEM = new KnowledgeItemId("km-service-mind-2568");
    static final EmployeeId WITTAYA = new EmployeeId("wittaya");
    static final EmployeeId SOMSRI = new EmployeeId("somsri");
    static final TrainingReportRef REPORT =
            new TrainingReportRef(WITTAYA, new TrainingId("collaboration-excellence-2568"));
    static final String TITLE = "หัวใจการให้บริการประชาชน";
    static final String BODY =
            "ผู้ที่จะทำงานด้านบริการได้ดี ต้องมีหัวใจการให้บริการ เพราะทำให้ผู้อื่นมีสุขและตนเองก็เกิดสุขด้วย"
                    + " บุคลากร อบจ.สงขลาเสมือนครอบครัวเดียวกัน ทำหน้าที่ดูแลและแก้ปัญหาความเดือดร้อนให้กับพี่น้องประชาชน";
    static final List<String> TOPICS = List.of("การบริการประชาชน", "การทำงานเป็นทีม");
    static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 1);

    static final PublishKnowledgeItem PUBLISH =
            new PublishKnowledgeItem(ITEM, TITLE, BODY, TOPICS, WITTAYA, REPORT, PUBLISHED);
    static final KnowledgeItemPublished PUBLISHED_ITEM =
            new KnowledgeItemPublished(ITEM, TITLE, BODY, TOPICS, WITTAYA, REPORT, PUBLISHED);

    private KnowledgeTestData() {}

    /** Wittaya and Somsri have case files and Wittaya's report stands. */
    static AggregateTestFixture<KnowledgeItem> fixture() {
        var employees = new InMemoryEmployeeDirectory();
        employees.register(WITTAYA);
        employees.register(SOMSRI);
        var reports = new InMemoryTrainingReportDirectory();
        reports.registerSubmitted(REPORT, LocalDate.of(2025, 8, 20));
        var fixture = new AggregateTestFixture<>(KnowledgeItem.class);
        fixture.registerInjectableResources(employees, reports, TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}
