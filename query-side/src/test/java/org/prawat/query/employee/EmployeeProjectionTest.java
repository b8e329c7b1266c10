package org.prawat.query.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.query.employee.EmployeeTestData.COURSE;
import static org.prawat.query.employee.EmployeeTestData.FIRST_ROUND;
import static org.prawat.query.employee.EmployeeTestData.HR_DIVISION;
import static org.prawat.query.employee.EmployeeTestData.MAEHIA;
import static org.prawat.query.employee.EmployeeTestData.MINISTRY;
import static org.prawat.query.employee.EmployeeTestData.ORIENTATION;
import static org.prawat.query.employee.EmployeeTestData.SECOND_ROUND;
import static org.prawat.query.employee.EmployeeTestData.SONGKHLA_PAO;
import static org.prawat.query.employee.EmployeeTestData.SUPAPORN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.EvaluationCorrected;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.correction.TrainingCorrected;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.organisation.OrganisationUnitRenamed;
import org.prawat.api.pdpa.Erasure;
import org.prawat.api.pdpa.PersonalDataErased;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.query.projection.InMemoryProjectionTarget;

class EmployeeProjectionTest {

    private static final CorrectionDetails DETAILS = new CorrectionDetails(
            "วุฒิบัตรระบุ 21 ชั่วโมง", "หนังสือ สข 0023/1234 ลงวันที่ 5 พ.ค. 2568", "นางสาวสุภาพร ศรีสุข");

    private static final PersonalDataErased ERASED =
            new PersonalDataErased(SUPAPORN, "มาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562", "สข 0023/77");

    private final InMemoryProjectionTarget target = new InMemoryProjectionTarget();
    private final EmployeeProfiles profiles = new EmployeeProfiles(target);
    private final EmployeeTestData.EventLog log = new EmployeeTestData.EventLog()
            .add(EmployeeTestData.units().toArray())
            .add(EmployeeTestData.registered());

    @Test
    void a_registered_employee_is_active_in_her_unit_with_its_name_and_path() {
        var profile = apply(log.events());

        assertThat(profile.fullName()).isEqualTo("นางสาวสุภาพร ศรีสุข");
        assertThat(profile.position()).isEqualTo("นักทรัพยากรบุคคล");
        assertThat(profile.positionLevel()).isEqualTo("ปฏิบัติการ");
        assertThat(profile.unitName()).isEqualTo("กองการเจ้าหน้าที่");
        assertThat(profile.unitPath()).containsExactly(MINISTRY.value(), SONGKHLA_PAO.value(), HR_DIVISION.value());
        assertThat(profile.status()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(profile.nationalIdMasked()).doesNotContain("1103700123453");
    }

    @Test
    void training_hours_are_summed_per_buddhist_era_fiscal_year_starting_on_1_october() {
        apply(trained().events());

        var counted = counted();
        assertThat(counted.trainingHours())
                .containsExactly(
                        new FiscalYearHours(2567, new BigDecimal("18")),
                        new FiscalYearHours(2568, new BigDecimal("12")));
        assertThat(counted.trainingCount()).isEqualTo(2);
    }

    @Test
    void a_corrected_training_counts_its_corrected_hours_and_a_retracted_one_counts_nothing() {
        var events = trained()
                .add(new TrainingCorrected(
                        SUPAPORN,
                        ORIENTATION,
                        EmployeeTestData.orientation("18"),
                        EmployeeTestData.orientation("21"),
                        DETAILS,
                        null))
                .add(new RecordRetracted(SUPAPORN, COURSE.value(), RecordKind.TRAINING, DETAILS, null))
                .add(new TrainingCorrected(
                        SUPAPORN, COURSE, EmployeeTestData.course("12"), EmployeeTestData.course("15"), DETAILS, null))
                .events();

        apply(events);

        assertThat(counted().trainingHours()).containsExactly(new FiscalYearHours(2567, new BigDecimal("21")));
        assertThat(counted().trainingCount()).isEqualTo(1);
    }

    @Test
    void the_latest_round_gives_the_evaluation_level_and_a_retraction_falls_back_to_the_one_before() {
        log.add(EmployeeTestData.evaluation(SECOND_ROUND, 2, EvaluationLevel.GOOD))
                .add(EmployeeTestData.evaluation(FIRST_ROUND, 1, EvaluationLevel.OUTSTANDING));
        assertThat(apply(log.events()).evaluationLevel()).isEqualTo(EvaluationLevel.GOOD);

        log.add(new EvaluationCorrected(SUPAPORN, SECOND_ROUND, result(), result(), DETAILS, null));
        assertThat(apply(log.events()).evaluationLevel()).isEqualTo(EvaluationLevel.VERY_GOOD);

        log.add(new RecordRetracted(SUPAPORN, SECOND_ROUND.value(), RecordKind.EVALUATION, DETAILS, null));
        assertThat(apply(log.events()).evaluationLevel()).isEqualTo(EvaluationLevel.OUTSTANDING);
        assertThat(counted().evaluationCount()).isEqualTo(1);
    }

    @Test
    void commendations_are_counted_until_retracted() {
        var certificate = new CommendationId("certificate-2568");
        log.add(new CertificateOfHonourAwarded(
                SUPAPORN,
                certificate,
                "บุคลากรผู้มีผลการปฏิบัติงานดีเด่น ด้านการให้บริการประชาชน",
                "องค์การบริหารส่วนจังหวัดสงขลา",
                "สข 0023/2568",
                LocalDate.of(2025, 4, 20)));
        apply(log.events());
        assertThat(counted().commendationCount()).isEqualTo(1);

        log.add(new RecordRetracted(SUPAPORN, certificate.value(), RecordKind.COMMENDATION, DETAILS, null));
        apply(log.events());
        assertThat(counted().commendationCount()).isZero();
    }

    @Test
    void a_training_is_counted_apart_and_leaves_the_searched_profile_as_it_was() {
        var registered = apply(log.events());

        var trainedProfile = apply(trained().events());

        assertThat(trainedProfile).isEqualTo(registered);
        assertThat(counted().trainingCount()).isEqualTo(2);
    }

    @Test
    void an_evaluation_delivered_again_mends_a_profile_that_missed_its_level() {
        log.add(EmployeeTestData.evaluation(FIRST_ROUND, 1, EvaluationLevel.VERY_GOOD));
        apply(log.events());
        var stale = profiles.profile(SUPAPORN.value()).orElseThrow();
        target.documents(EmployeeProfiles.PROFILES)
                .put(SUPAPORN.value(), stale.evaluated(null).at(stale.lastGlobalIndex() - 1));

        var mended = apply(log.events());

        assertThat(mended.evaluationLevel()).isEqualTo(EvaluationLevel.VERY_GOOD);
        assertThat(counted().evaluationCount()).isEqualTo(1);
    }

    @Test
    void a_transfer_a_new_position_and_a_separation_change_the_profile() {
        log.add(
                new EmployeeTransferred(SUPAPORN, HR_DIVISION, MAEHIA, "245/2568", LocalDate.of(2025, 6, 1)),
                new PositionChanged(
                        SUPAPORN,
                        "นักทรัพยากรบุคคล",
                        "นักทรัพยากรบุคคล",
                        "ชำนาญการ",
                        "301/2568",
                        LocalDate.of(2025, 10, 1)),
                new EmployeeSeparated(SUPAPORN, SeparationReason.RESIGNED, "12/2569", LocalDate.of(2025, 11, 1)));

        var profile = apply(log.events());

        assertThat(profile.unitName()).isEqualTo("เทศบาลเมืองแม่เหียะ");
        assertThat(profile.unitPath()).containsExactly(MINISTRY.value(), MAEHIA.value());
        assertThat(profile.positionLevel()).isEqualTo("ชำนาญการ");
        assertThat(profile.status()).isEqualTo(EmploymentStatus.SEPARATED);
    }

    @Test
    void a_renamed_unit_and_a_moved_unit_reach_the_profiles_of_its_people() {
        log.add(
                new OrganisationUnitRenamed(
                        HR_DIVISION, "กองการเจ้าหน้าที่", "กองบริหารงานบุคคล", LocalDate.of(2025, 7, 1)),
                new OrganisationUnitMoved(HR_DIVISION, SONGKHLA_PAO, MAEHIA, LocalDate.of(2025, 7, 1)));

        var profile = apply(log.events());

        assertThat(profile.unitName()).isEqualTo("กองบริหารงานบุคคล");
        assertThat(profile.unitPath()).containsExactly(MINISTRY.value(), MAEHIA.value(), HR_DIVISION.value());
    }

    @Test
    void applying_the_same_events_again_changes_nothing() {
        var events = trained()
                .add(new RecordRetracted(SUPAPORN, COURSE.value(), RecordKind.TRAINING, DETAILS, null))
                .events();
        var once = apply(events);
        var countedOnce = counted();

        var twice = apply(events);

        assertThat(twice).isEqualTo(once);
        assertThat(counted()).isEqualTo(countedOnce);
        assertThat(counted().trainingCount()).isEqualTo(1);
    }

    @Test
    void an_erased_person_keeps_her_records_and_sums_but_shows_neither_name_nor_national_id() {
        var profile = apply(trained().add(ERASED).events());

        assertThat(profile.fullName()).isEqualTo(Erasure.ERASED);
        assertThat(profile.nationalIdMasked()).isEqualTo(Erasure.ERASED);
        assertThat(profile.toString()).doesNotContain("สุภาพร", "ศรีสุข", "1103700123453");
        assertThat(counted().trainingCount()).isEqualTo(2);
        assertThat(profile.unitName()).isEqualTo("กองการเจ้าหน้าที่");
    }

    @Test
    void a_rebuild_after_the_erasure_reads_a_registration_without_name_and_shows_her_erased() {
        var keyDestroyed = new EmployeeRegistered(
                SUPAPORN,
                null,
                null,
                null,
                null,
                PersonnelType.PROVINCIAL_STAFF,
                HR_DIVISION,
                "นักทรัพยากรบุคคล",
                "ปฏิบัติการ",
                LocalDate.of(2020, 10, 1));
        var rebuilt = new EmployeeTestData.EventLog()
                .add(EmployeeTestData.units().toArray())
                .add(keyDestroyed)
                .add(ERASED);

        var profile = apply(rebuilt.events());

        assertThat(profile.fullName()).isEqualTo(Erasure.ERASED);
        assertThat(profile.nationalIdMasked()).isEqualTo(Erasure.ERASED);
        assertThat(profile.position()).isEqualTo("นักทรัพยากรบุคคล");
    }

    private EmployeeTestData.EventLog trained() {
        return log.add(
                new TrainingRecorded(SUPAPORN, ORIENTATION, EmployeeTestData.orientation("18")),
                new TrainingRecorded(SUPAPORN, COURSE, EmployeeTestData.course("12")));
    }

    private static EvaluationResult result() {
        return new EvaluationResult(
                new BigDecimal("88"),
                70,
                new BigDecimal("86"),
                30,
                new BigDecimal("87.40"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                "นายไพเจน มากสุวรรณ์",
                LocalDate.of(2025, 9, 26),
                "");
    }

    private CountedRecords counted() {
        return profiles.counted(SUPAPORN.value());
    }

    private EmployeeDocument apply(List<TrackedEventMessage<?>> events) {
        var handlers = List.of(
                new AnnotationEventHandlerAdapter(new EmployeeProjection(target)),
                new AnnotationEventHandlerAdapter(new EmployeeRecordsProjection(target)));
        for (var event : events) {
            for (var handler : handlers) {
                if (handler.canHandle(event)) {
                    try {
                        handler.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return profiles.profile(SUPAPORN.value()).orElseThrow();
    }
}
