package org.prawat.ui.rest;

import org.prawat.ui.TestEmployees;

/**
 * Well-formed request bodies for the matrix rows and the fixtures they act on: realistic Thai
 * records, past dates, every business rule met, so that an allowed role's request succeeds.
 */
final class HttpMatrixBodies {

    private static final String DETAILS =
            """
            "details":{"reason":"บันทึกคลาดเคลื่อนจากเอกสารต้นฉบับ","evidenceReference":"บันทึกข้อความ สข 0023/77",
             "approvedBy":"ผู้อำนวยการกองการเจ้าหน้าที่"}""";

    static final String BONUS =
            """
            {"amount":15000,"fiscalYear":2567,"orderNumber":"88/2567","awardedOn":"2024-12-20"}""";

    static final String LETTER_OF_PRAISE =
            """
            {"issuedBy":"นายกเทศมนตรีเมืองแม่เหียะ","subject":"การจัดอบรมปฐมนิเทศพนักงานใหม่",
             "referenceNumber":"ชม 0023/45","awardedOn":"2025-02-10"}""";

    static final String COURSE =
            """
            {"title":"หลักสูตรการพัฒนาพนักงานส่วนตำบล","provider":"สถาบันพัฒนาบุคลากรท้องถิ่น",
             "kind":"TRAINING","area":"GENERAL_KNOWLEDGE","description":"รุ่นสำหรับพนักงานบรรจุใหม่"}""";

    private HttpMatrixBodies() {}

    static String registration(HttpMatrixFixture f) {
        return """
                {"nationalId":"%s","title":"นาย","firstName":"สมศักดิ์","lastName":"%s","unitId":"%s",
                 "personnelType":"SUBDISTRICT_STAFF","position":"นักวิชาการศึกษา","level":"ปฏิบัติการ","appointedOn":"2021-10-01"}"""
                .formatted(TestEmployees.newNationalId(), TestEmployees.newSurname(), f.unit());
    }

    static String positionChange(HttpMatrixFixture f) {
        return """
                {"position":"นักทรัพยากรบุคคล","level":"ชำนาญการ","orderNumber":"45/2568","effectiveOn":"2025-05-01"}""";
    }

    static String transfer(HttpMatrixFixture f) {
        return """
                {"toUnitId":"%s","orderNumber":"123/2568","effectiveOn":"2025-06-01"}"""
                .formatted(f.section());
    }

    static String separation(HttpMatrixFixture f) {
        return """
                {"reason":"RESIGNED","orderNumber":"99/2568","effectiveOn":"2025-09-30"}""";
    }

    static String erasure(HttpMatrixFixture f) {
        return """
                {"legalBasis":"มาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
                 "requestReference":"ชม 52301/245","reason":"เจ้าของข้อมูลขอให้ลบ"}""";
    }

    static String trainingRecord(HttpMatrixFixture f) {
        return "{\"training\":" + training("TRAINING", "การเขียนหนังสือราชการ", 7) + "}";
    }

    static String training(String kind, String course, int month) {
        return """
                {"kind":"%s","courseTitle":"%s","provider":"สถาบันพัฒนาบุคลากรท้องถิ่น",
                 "trainers":["ดร.วิทยาธร ท่อแก้ว"],"startDate":"2024-%02d-01","endDate":"2024-%02d-03","hours":18,
                 "area":"GENERAL_KNOWLEDGE","outcome":"PASSED"}"""
                .formatted(kind, course, month, month);
    }

    static String trainingReport(HttpMatrixFixture f) {
        return """
                {"whatWasLearned":"ระเบียบงานบุคคล","howItWillBeApplied":"ใช้ในงานประจำ","submittedOn":"2024-07-10"}""";
    }

    static String secondRoundEvaluation(HttpMatrixFixture f) {
        return evaluation(2, "2025-09-30", 85);
    }

    static String evaluation(int round, String evaluatedOn, int achievement) {
        return """
                {"fiscalYear":2568,"round":%d,"achievementScore":%d,"achievementWeight":70,"competencyScore":80,
                 "competencyWeight":30,"evaluatorName":"นายไพเจน มากสุวรรณ์","evaluatedOn":"%s"}"""
                .formatted(round, achievement, evaluatedOn);
    }

    static String review(HttpMatrixFixture f) {
        return """
                {"reviewerName":"นายสมชาย ใจดี","agreed":true,"reviewedOn":"2025-04-05"}""";
    }

    static String acknowledgement(HttpMatrixFixture f) {
        return "{\"acknowledgedOn\":\"2025-04-10\"}";
    }

    static String salaryStepIncrease(HttpMatrixFixture f) {
        return """
                {"steps":1,"evaluationId":"%s","orderNumber":"321/2568","awardedOn":"2025-10-01","effectiveOn":"2025-10-01"}"""
                .formatted(f.evaluation());
    }

    static String certificateOfHonour(HttpMatrixFixture f) {
        return """
                {"title":"ผู้มีผลงานดีเด่นด้านการพัฒนาบุคลากร","issuedBy":"สถาบันดำรงราชานุภาพ",
                 "certificateNumber":"สดร. ๑๒/๒๕๖๗","awardedOn":"2024-12-05"}""";
    }

    static String bonus(HttpMatrixFixture f) {
        return BONUS;
    }

    static String outstandingEmployee(HttpMatrixFixture f) {
        return """
                {"awardTitle":"พนักงานส่วนท้องถิ่นดีเด่น","awardedBy":"จังหวัดเชียงใหม่","year":2567,"awardedOn":"2025-01-16"}""";
    }

    static String letterOfPraise(HttpMatrixFixture f) {
        return LETTER_OF_PRAISE;
    }

    static String royalDecoration(HttpMatrixFixture f) {
        return """
                {"decorationClass":"%s","gazetteVolume":141,"gazettePart":"5 ข","gazettePage":12,
                 "gazetteDate":"2024-03-01","awardedOn":"2023-07-28"}"""
                .formatted(org.prawat.api.commendation.RoyalDecorationClass.values()[0].name());
    }

    /** A three-year plan from {@code firstYear} (B.E.) with one activity in that year. */
    static String plan(int firstYear) {
        return """
                {"firstFiscalYear":%d,"approvedBy":"นายกองค์การบริหารส่วนตำบล","preparedOn":"2023-09-15",
                 "activities":[%s]}"""
                .formatted(firstYear, activity("หลักสูตรนักบริหารงานท้องถิ่น", firstYear));
    }

    static String laterPlan(HttpMatrixFixture f) {
        return plan(2570);
    }

    static String activity(String title, int fiscalYear) {
        return """
                {"area":"MANAGEMENT","method":"TRAINING","title":"%s","fiscalYear":%d,"plannedHours":18}"""
                .formatted(title, fiscalYear);
    }

    static String anotherActivity(HttpMatrixFixture f) {
        return activity("การบริหารความเสี่ยงในองค์กรปกครองส่วนท้องถิ่น", 2569);
    }

    static String drop(HttpMatrixFixture f) {
        return "{\"reason\":\"ย้ายไปปฏิบัติงานด้านอื่น\"}";
    }

    static String link(HttpMatrixFixture f) {
        return "{\"trainingId\":\"" + f.linkedTraining() + "\"}";
    }

    static String course(HttpMatrixFixture f) {
        return COURSE;
    }

    static String session(int number) {
        return """
                {"sessionNumber":%d,"startDate":"2025-06-02","endDate":"2025-06-04","hours":18,
                 "trainers":["ดร.วิทยาธร ท่อแก้ว"],"venue":"สถาบันพัฒนาบุคลากรท้องถิ่น"}"""
                .formatted(number);
    }

    static String secondSession(HttpMatrixFixture f) {
        return session(2);
    }

    static String attendance(HttpMatrixFixture f) {
        return "{\"attendees\":[\"" + f.employee() + "\"],\"outcome\":\"PASSED\"}";
    }

    static String knowledgeItem(HttpMatrixFixture f) {
        return knowledgeItem(f.employee());
    }

    static String knowledgeItem(String author) {
        return """
                {"title":"คู่มือการให้บริการประชาชน","body":"ขั้นตอนการให้บริการประชาชนที่ศูนย์บริการร่วม",
                 "topics":["การบริการประชาชน"],"author":"%s","publishedOn":"2025-01-05"}"""
                .formatted(author);
    }

    static String knowledgeRevision(HttpMatrixFixture f) {
        return """
                {"title":"สำนักงานอัจฉริยะ","body":"ให้บริการประชาชนผ่านสำนักงานอัจฉริยะ ลดการใช้กระดาษ",
                 "topics":["สำนักงานอัจฉริยะ"],"revisedBy":"%s","revisedOn":"2025-02-10","note":"ปรับตามระบบใหม่"}"""
                .formatted(f.employee());
    }

    static String archival(HttpMatrixFixture f) {
        return "{\"reason\":\"มีคู่มือฉบับใหม่แทน\",\"archivedOn\":\"2025-06-30\"}";
    }

    static String section(String name, String parent) {
        return """
                {"name":"%s","kind":"SECTION","parentId":"%s"}""".formatted(name, parent);
    }

    static String newSection(HttpMatrixFixture f) {
        return section("งานการเจ้าหน้าที่", f.unit());
    }

    static String rename(HttpMatrixFixture f) {
        return "{\"newName\":\"ฝ่ายการเจ้าหน้าที่\",\"effectiveOn\":\"2025-01-01\"}";
    }

    static String move(HttpMatrixFixture f) {
        return "{\"newParentId\":\"" + f.otherSection() + "\",\"effectiveOn\":\"2025-02-01\"}";
    }

    static String manager(HttpMatrixFixture f) {
        return "{\"managerId\":\"" + f.employee() + "\",\"effectiveOn\":\"2025-03-01\"}";
    }

    static String correctionRequest(String training) {
        return """
                {"recordId":"%s","kind":"TRAINING","description":"ข้าพเจ้าไม่ได้เข้าร่วมการศึกษาดูงานนี้",
                 "evidenceReference":"ใบลงทะเบียนวันที่ 6 มิ.ย. 2567","requestedOn":"2025-04-01"}"""
                .formatted(training);
    }

    static String anotherCorrectionRequest(HttpMatrixFixture f) {
        return correctionRequest(f.questionedTraining());
    }

    static String rejection(HttpMatrixFixture f) {
        return """
                {"reason":"ลายมือชื่อในใบลงทะเบียนตรงกับผู้ยื่นคำขอ","rejectedBy":"ผู้อำนวยการกองการเจ้าหน้าที่"}""";
    }

    static String trainingCorrection(HttpMatrixFixture f) {
        return "{\"corrected\":" + training("TRAINING", "หลักสูตรนักบริหารงานท้องถิ่น รุ่นที่ 2", 4) + "," + DETAILS
                + "}";
    }

    static String evaluationCorrection(HttpMatrixFixture f) {
        return """
                {"achievementScore":95,"achievementWeight":70,"competencyScore":90,"competencyWeight":30,
                 "evaluatorName":"นายไพเจน มากสุวรรณ์","evaluatedOn":"2025-03-31",%s}"""
                .formatted(DETAILS);
    }

    static String commendationCorrection(HttpMatrixFixture f) {
        return """
                {"corrected":{"kind":"GrantBonus","employeeId":"%s","commendationId":"%s","amount":18000,
                 "fiscalYear":2567,"orderNumber":"88/2567","awardedOn":"2024-12-20"},%s}"""
                .formatted(f.employee(), f.bonus(), DETAILS);
    }

    static String retraction(HttpMatrixFixture f) {
        return """
                {"recordId":"%s","kind":"COMMENDATION",%s}""".formatted(f.letterOfPraise(), DETAILS);
    }
}
