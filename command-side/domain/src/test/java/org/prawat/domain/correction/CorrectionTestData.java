package org.prawat.domain.correction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.CorrectionRequested;
import org.prawat.api.correction.EvaluationCorrected;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

/** A case file with a training, an evaluation and a certificate of honour, and the corrections made to them. */
final class CorrectionTestData {

    static final EmployeeId MALEE = new EmployeeId("malee");
    static final TrainingId WORKSHOP = new TrainingId("km-workshop-2567");
    static final EvaluationId EVALUATION = new EvaluationId("eval-1-2568");
    static final CommendationId CERTIFICATE = new CommendationId("certificate-2568");
    static final CorrectionRequestId REQUEST = new CorrectionRequestId("request-1");
    static final LocalDate REQUESTED_ON = LocalDate.of(2026, 11, 1);
    static final String HR_OFFICER = "นางสาวสุภาพร ศรีสุข";
    static final String CERTIFICATE_TITLE = "เกียรติบัตรผู้ปฏิบัติงานด้านการจัดการความรู้ดีเด่น";
    static final String PAO = "องค์การบริหารส่วนจังหวัดสงขลา";
    static final LocalDate AWARDED = LocalDate.of(2025, 10, 15);

    static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            MALEE,
            "1103700123453",
            "นาง",
            "มาลี",
            "รักษ์ดี",
            PersonnelType.SUBDISTRICT_STAFF,
            new OrganisationUnitId("maehia-municipality"),
            "นักวิเคราะห์นโยบายและแผนปฏิบัติการ",
            null,
            LocalDate.of(2019, 6, 3));
    static final Training AS_RECORDED = workshop("12");
    static final Training AS_CORRECTED = workshop("18");
    static final TrainingRecorded TRAINING_RECORDED = new TrainingRecorded(MALEE, WORKSHOP, AS_RECORDED);
    static final CorrectionDetails DETAILS =
            new CorrectionDetails("วุฒิบัตรระบุ 18 ชั่วโมง", "วุฒิบัตรเลขที่ ทม.มห 045/2567", HR_OFFICER);
    static final EmployeeSeparated SEPARATED =
            new EmployeeSeparated(MALEE, SeparationReason.RESIGNED, "88/2569", LocalDate.of(2026, 9, 30));

    static final CertificateOfHonourAwarded CERTIFICATE_AWARDED =
            new CertificateOfHonourAwarded(MALEE, CERTIFICATE, CERTIFICATE_TITLE, PAO, "สข 0023/2568", AWARDED);

    private CorrectionTestData() {}

    static AggregateTestFixture<Employee> fixture() {
        var fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }

    static CorrectionRequested requested(RecordKind kind, String recordId) {
        return requested(kind, recordId, "จำนวนชั่วโมงไม่ถูกต้อง", "วุฒิบัตรเลขที่ ทม.มห 045/2567");
    }

    static CorrectionRequested requested(RecordKind kind, String recordId, String description, String evidence) {
        return new CorrectionRequested(MALEE, REQUEST, recordId, kind, description, evidence, REQUESTED_ON);
    }

    static CorrectionRequested trainingRequested() {
        return requested(RecordKind.TRAINING, WORKSHOP.value());
    }

    static EvaluationRecorded evaluationRecorded() {
        return new EvaluationRecorded(
                MALEE,
                EVALUATION,
                new FiscalYear(2568),
                1,
                new BigDecimal("85"),
                70,
                new BigDecimal("85"),
                30,
                new BigDecimal("85.00"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                "นายสมศักดิ์ ผู้อำนวยการกอง",
                LocalDate.of(2025, 3, 20),
                "");
    }

    static Training workshop(String hours) {
        return new Training(
                TrainingKind.WORKSHOP,
                "การจัดการความรู้ในองค์กรปกครองส่วนท้องถิ่น",
                "เทศบาลเมืองแม่เหียะ",
                List.of("ผศ.ดร.สมพร ใจงาม"),
                LocalDate.of(2024, 3, 11),
                LocalDate.of(2024, 3, 12),
                new BigDecimal(hours),
                DevelopmentArea.JOB_SPECIFIC,
                TrainingOutcome.ATTENDED,
                null,
                null,
                null);
    }

    /** The certificate as it should have been: numbered 0032, not 0023. */
    static AwardCertificateOfHonour certificateAsCorrected() {
        return new AwardCertificateOfHonour(MALEE, CERTIFICATE, CERTIFICATE_TITLE, PAO, "สข 0032/2568", AWARDED);
    }

    static CertificateOfHonourAwarded certificateCorrected() {
        return new CertificateOfHonourAwarded(MALEE, CERTIFICATE, CERTIFICATE_TITLE, PAO, "สข 0032/2568", AWARDED);
    }

    /** The evaluation of {@link #evaluationRecorded()} with an achievement score of 88, not 85. */
    static CorrectEvaluation evaluationCorrection(CorrectionRequestId requestId) {
        return new CorrectEvaluation(
                MALEE,
                EVALUATION,
                new BigDecimal("88"),
                70,
                new BigDecimal("85"),
                30,
                "นายสมศักดิ์ ผู้อำนวยการกอง",
                LocalDate.of(2025, 3, 20),
                "",
                DETAILS,
                requestId);
    }

    static EvaluationCorrected evaluationCorrected(CorrectionRequestId requestId) {
        var previous = new EvaluationResult(
                new BigDecimal("85"),
                70,
                new BigDecimal("85"),
                30,
                new BigDecimal("85.00"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                "นายสมศักดิ์ ผู้อำนวยการกอง",
                LocalDate.of(2025, 3, 20),
                "");
        var corrected = new EvaluationResult(
                new BigDecimal("88"),
                70,
                new BigDecimal("85"),
                30,
                new BigDecimal("87.10"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                "นายสมศักดิ์ ผู้อำนวยการกอง",
                LocalDate.of(2025, 3, 20),
                "");
        return new EvaluationCorrected(MALEE, EVALUATION, previous, corrected, DETAILS, requestId);
    }
}
