package org.prawat.domain.commendation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.commendation.CommendationTestData.AWARDED;
import static org.prawat.domain.commendation.CommendationTestData.BUDDHIST_ERA_DATE;
import static org.prawat.domain.commendation.CommendationTestData.COMMENDATION;
import static org.prawat.domain.commendation.CommendationTestData.FY2568;
import static org.prawat.domain.commendation.CommendationTestData.MALAI;
import static org.prawat.domain.commendation.CommendationTestData.REGISTERED;
import static org.prawat.domain.commendation.CommendationTestData.TOMORROW;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.BonusNotPositive;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.DuplicateCommendationId;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.commendation.LetterOfPraiseIssued;
import org.prawat.api.commendation.OutstandingEmployeeAwarded;
import org.prawat.api.commendation.RoyalDecorationClass;
import org.prawat.api.commendation.RoyalDecorationConferred;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.domain.employee.Employee;

/** Every kind of commendation but the salary-step increase, which is in {@link CommendationsSalaryStepTest}. */
class CommendationsTest {

    private static final String CERTIFICATE_TITLE = "เกียรติบัตรผู้ปฏิบัติงานด้านการพัฒนาบุคลากรดีเด่น";
    private static final String PAO = "องค์การบริหารส่วนจังหวัดสงขลา";
    private static final LocalDate GAZETTE_DATE = LocalDate.of(2025, 3, 14);
    private static final LocalDate CONFERRED = LocalDate.of(2024, 7, 28);

    private final AggregateTestFixture<Employee> fixture = CommendationTestData.fixture();

    @Test
    void a_certificate_of_honour_is_put_in_the_case_file() {
        fixture.given(REGISTERED)
                .when(new AwardCertificateOfHonour(
                        MALAI, COMMENDATION, " " + CERTIFICATE_TITLE + " ", PAO, " สข 0023/2568 ", AWARDED))
                .expectEvents(new CertificateOfHonourAwarded(
                        MALAI, COMMENDATION, CERTIFICATE_TITLE, PAO, "สข 0023/2568", AWARDED));
    }

    @Test
    void a_certificate_without_a_number_is_recorded_with_an_empty_one() {
        fixture.given(REGISTERED)
                .when(new AwardCertificateOfHonour(MALAI, COMMENDATION, CERTIFICATE_TITLE, PAO, null, AWARDED))
                .expectEvents(new CertificateOfHonourAwarded(MALAI, COMMENDATION, CERTIFICATE_TITLE, PAO, "", AWARDED));
    }

    @Test
    void a_certificate_awarded_tomorrow_is_refused() {
        fixture.given(REGISTERED)
                .when(new AwardCertificateOfHonour(MALAI, COMMENDATION, CERTIFICATE_TITLE, PAO, null, TOMORROW))
                .expectException(refusedWith(DateInFuture.class))
                .expectNoEvents();
    }

    @Test
    void a_buddhist_era_year_in_the_award_date_is_refused() {
        fixture.given(REGISTERED)
                .when(new AwardCertificateOfHonour(
                        MALAI, COMMENDATION, CERTIFICATE_TITLE, PAO, null, BUDDHIST_ERA_DATE))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_commendation_id_used_before_is_refused_whatever_the_kind() {
        fixture.given(
                        REGISTERED,
                        new CertificateOfHonourAwarded(MALAI, COMMENDATION, CERTIFICATE_TITLE, PAO, "", AWARDED))
                .when(new IssueLetterOfPraise(MALAI, COMMENDATION, "นายกเทศมนตรี", "การจัดอบรม", null, AWARDED))
                .expectException(refusedWith(DuplicateCommendationId.class))
                .expectNoEvents();
    }

    @Test
    void a_bonus_is_granted_for_a_fiscal_year() {
        var amount = new BigDecimal("25400.00");
        fixture.given(REGISTERED)
                .when(new GrantBonus(MALAI, COMMENDATION, amount, FY2568, " 512/2568 ", AWARDED))
                .expectEvents(new BonusGranted(MALAI, COMMENDATION, amount, FY2568, "512/2568", AWARDED));
    }

    @Test
    void a_bonus_of_nothing_is_refused() {
        fixture.given(REGISTERED)
                .when(new GrantBonus(MALAI, COMMENDATION, BigDecimal.ZERO, FY2568, "512/2568", AWARDED))
                .expectException(refusedWith(BonusNotPositive.class));
    }

    @Test
    void a_negative_bonus_is_refused() {
        fixture.given(REGISTERED)
                .when(new GrantBonus(MALAI, COMMENDATION, new BigDecimal("-100"), FY2568, "512/2568", AWARDED))
                .expectException(refusedWith(BonusNotPositive.class));
    }

    @Test
    void a_bonus_ordered_tomorrow_is_refused() {
        fixture.given(REGISTERED)
                .when(new GrantBonus(MALAI, COMMENDATION, BigDecimal.TEN, FY2568, "512/2568", TOMORROW))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_common_era_fiscal_year_for_a_bonus_is_refused_by_the_command_shape() {
        var bonus = new GrantBonus(MALAI, COMMENDATION, BigDecimal.TEN, new FiscalYear(2025), "512/2568", AWARDED);
        assertThatThrownBy(() -> fixture.given(REGISTERED).when(bonus))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("ปีงบประมาณต้องเป็นปี พ.ศ.");
    }

    @Test
    void an_outstanding_employee_award_is_put_in_the_case_file() {
        fixture.given(REGISTERED)
                .when(new AwardOutstandingEmployee(
                        MALAI, COMMENDATION, " พนักงานเทศบาลดีเด่น ", "เทศบาลเมืองแม่เหียะ", 2568, AWARDED))
                .expectEvents(new OutstandingEmployeeAwarded(
                        MALAI, COMMENDATION, "พนักงานเทศบาลดีเด่น", "เทศบาลเมืองแม่เหียะ", 2568, AWARDED));
    }

    @Test
    void an_outstanding_employee_award_for_a_common_era_year_is_refused_by_the_command_shape() {
        var award = new AwardOutstandingEmployee(MALAI, COMMENDATION, "พนักงานดีเด่น", "เทศบาล", 2025, AWARDED);
        assertThatThrownBy(() -> fixture.given(REGISTERED).when(award))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("ปีของรางวัลต้องเป็นปี พ.ศ.");
    }

    @Test
    void an_outstanding_employee_award_dated_tomorrow_is_refused() {
        fixture.given(REGISTERED)
                .when(new AwardOutstandingEmployee(MALAI, COMMENDATION, "พนักงานดีเด่น", "เทศบาล", 2569, TOMORROW))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_letter_of_praise_is_put_in_the_case_file() {
        fixture.given(REGISTERED)
                .when(new IssueLetterOfPraise(
                        MALAI,
                        COMMENDATION,
                        " นายกเทศมนตรีเมืองแม่เหียะ ",
                        " การจัดปฐมนิเทศพนักงานใหม่ ",
                        null,
                        AWARDED))
                .expectEvents(new LetterOfPraiseIssued(
                        MALAI, COMMENDATION, "นายกเทศมนตรีเมืองแม่เหียะ", "การจัดปฐมนิเทศพนักงานใหม่", "", AWARDED));
    }

    @Test
    void a_letter_of_praise_dated_with_a_buddhist_era_year_is_refused() {
        fixture.given(REGISTERED)
                .when(new IssueLetterOfPraise(MALAI, COMMENDATION, "นายก", "เรื่อง", "ชม 51/2568", BUDDHIST_ERA_DATE))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_royal_decoration_is_recorded_with_its_gazette_announcement() {
        fixture.given(REGISTERED)
                .when(decoration(CONFERRED, GAZETTE_DATE))
                .expectEvents(new RoyalDecorationConferred(
                        MALAI,
                        COMMENDATION,
                        RoyalDecorationClass.CROWN_FOURTH,
                        142,
                        "5 ข",
                        1,
                        GAZETTE_DATE,
                        CONFERRED));
    }

    @Test
    void a_royal_decoration_conferred_tomorrow_is_refused() {
        fixture.given(REGISTERED)
                .when(decoration(TOMORROW, GAZETTE_DATE))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_gazette_dated_tomorrow_is_refused() {
        fixture.given(REGISTERED)
                .when(decoration(CONFERRED, TOMORROW))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_gazette_dated_with_a_buddhist_era_year_is_refused() {
        fixture.given(REGISTERED)
                .when(decoration(CONFERRED, LocalDate.of(2568, 3, 14)))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_gazette_volume_of_zero_is_refused_by_the_command_shape() {
        var decoration = new ConferRoyalDecoration(
                MALAI, COMMENDATION, RoyalDecorationClass.CROWN_FOURTH, 0, "5 ข", 1, GAZETTE_DATE, CONFERRED);
        assertThatThrownBy(() -> fixture.given(REGISTERED).when(decoration))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The gazette volume must be more than 0");
    }

    private static ConferRoyalDecoration decoration(LocalDate conferred, LocalDate gazetteDate) {
        return new ConferRoyalDecoration(
                MALAI, COMMENDATION, RoyalDecorationClass.CROWN_FOURTH, 142, " 5 ข ", 1, gazetteDate, conferred);
    }
}
