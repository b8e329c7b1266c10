package org.prawat.domain.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import java.time.LocalDate;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.DuplicateNationalId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.InvalidNationalId;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.domain.TestClock;
import org.prawat.domain.lookup.InMemoryEmployeePlacements;
import org.prawat.domain.lookup.InMemoryNationalIdRegistry;
import org.prawat.domain.lookup.InMemoryOrganisationUnitDirectory;

class EmployeeTest {

    private static final String FIRST_TWELVE = "110370012345";
    private static final String NATIONAL_ID = FIRST_TWELVE + NationalIds.checkDigit(FIRST_TWELVE);
    private static final EmployeeId SOMCHAI = new EmployeeId("somchai");
    private static final OrganisationUnitId HR_DIVISION = new OrganisationUnitId("songkhla-pao-hr");
    private static final LocalDate APPOINTED = LocalDate.of(2024, 10, 1);

    private final InMemoryNationalIdRegistry registry = new InMemoryNationalIdRegistry();
    private final InMemoryOrganisationUnitDirectory units = new InMemoryOrganisationUnitDirectory();
    private final InMemoryEmployeePlacements placements = new InMemoryEmployeePlacements();
    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        units.register(HR_DIVISION, new OrganisationUnitId("songkhla-pao"));
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResources(registry, units, placements, TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void registering_opens_a_case_file_under_the_normalised_national_id() {
        String typedInThaiDigitsWithDashes = " " + thaiDigits(NATIONAL_ID.substring(0, 1)) + "-"
                + thaiDigits(NATIONAL_ID.substring(1, 5)) + "-" + thaiDigits(NATIONAL_ID.substring(5, 10)) + "-"
                + thaiDigits(NATIONAL_ID.substring(10, 12)) + "-" + thaiDigits(NATIONAL_ID.substring(12)) + " ";

        fixture.givenNoPriorActivity()
                .when(new RegisterEmployee(
                        SOMCHAI,
                        typedInThaiDigitsWithDashes,
                        " นาย",
                        "สมชาย ",
                        " ใจดี ",
                        PersonnelType.SUBDISTRICT_STAFF,
                        HR_DIVISION,
                        "นักทรัพยากรบุคคลชำนาญการ ",
                        null,
                        APPOINTED))
                .expectEvents(new EmployeeRegistered(
                        SOMCHAI,
                        NATIONAL_ID,
                        "นาย",
                        "สมชาย",
                        "ใจดี",
                        PersonnelType.SUBDISTRICT_STAFF,
                        HR_DIVISION,
                        "นักทรัพยากรบุคคลชำนาญการ",
                        null,
                        APPOINTED));
        assertThat(registry.holderOf(NATIONAL_ID)).isEqualTo(SOMCHAI);
        assertThat(placements.unitOf(SOMCHAI)).contains(HR_DIVISION);
    }

    @Test
    void a_national_id_with_a_wrong_check_digit_is_refused() {
        String wrongCheckDigit = FIRST_TWELVE + (NationalIds.checkDigit(FIRST_TWELVE) + 1) % 10;

        fixture.givenNoPriorActivity()
                .when(registration(wrongCheckDigit, HR_DIVISION))
                .expectException(refusedWith(InvalidNationalId.class))
                .expectNoEvents();
        assertThat(registry.holderOf(wrongCheckDigit)).isNull();
    }

    @Test
    void a_national_id_that_is_not_thirteen_digits_long_is_refused() {
        fixture.givenNoPriorActivity()
                .when(registration(FIRST_TWELVE, HR_DIVISION))
                .expectException(refusedWith(InvalidNationalId.class))
                .expectNoEvents();
    }

    @Test
    void a_national_id_that_already_has_a_case_file_is_refused() {
        registry.reserve(NATIONAL_ID, new EmployeeId("somying"));

        fixture.givenNoPriorActivity()
                .when(registration(NATIONAL_ID, HR_DIVISION))
                .expectException(refusedWith(DuplicateNationalId.class))
                .expectNoEvents();
    }

    @Test
    void registering_into_a_unit_that_was_never_created_is_refused_and_reserves_nothing() {
        fixture.givenNoPriorActivity()
                .when(registration(NATIONAL_ID, new OrganisationUnitId("nowhere")))
                .expectException(refusedWith(UnknownOrganisationUnit.class))
                .expectNoEvents();
        assertThat(registry.holderOf(NATIONAL_ID)).isNull();
    }

    @Test
    void an_empty_first_name_is_refused_by_the_command_shape_before_the_case_file_sees_it() {
        var withoutFirstName = new RegisterEmployee(
                SOMCHAI,
                NATIONAL_ID,
                "นาย",
                "",
                "ใจดี",
                PersonnelType.SUBDISTRICT_STAFF,
                HR_DIVISION,
                "นักทรัพยากรบุคคล",
                null,
                APPOINTED);

        // A dispatch interceptor refuses on the sender's thread, so the fixture throws from when().
        assertThatThrownBy(() -> fixture.givenNoPriorActivity().when(withoutFirstName))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("กรุณาระบุชื่อ / The first name is required");
        // Otherwise valid: had the handler run, it would have reserved the ID and registered the employee.
        assertThat(registry.holderOf(NATIONAL_ID)).isNull();
    }

    private static RegisterEmployee registration(String nationalId, OrganisationUnitId unitId) {
        return new RegisterEmployee(
                SOMCHAI,
                nationalId,
                "นาง",
                "สมหญิง",
                "รักงาน",
                PersonnelType.SUBDISTRICT_STAFF,
                unitId,
                "นักทรัพยากรบุคคล",
                null,
                APPOINTED);
    }

    private static String thaiDigits(String digits) {
        return digits.chars()
                .map(c -> c - '0' + '๐')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
