package org.prawat.domain.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.employee.AlreadyInUnit;
import org.prawat.api.employee.BeforeAppointment;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.employee.ChangePosition;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.PositionChanged;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.domain.TestClock;
import org.prawat.domain.lookup.InMemoryEmployeePlacements;
import org.prawat.domain.lookup.InMemoryNationalIdRegistry;
import org.prawat.domain.lookup.InMemoryOrganisationUnitDirectory;

class EmployeeCareerTest {

    private static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    private static final OrganisationUnitId PAO = new OrganisationUnitId("songkhla-pao");
    private static final OrganisationUnitId HR = new OrganisationUnitId("songkhla-pao-hr");
    private static final OrganisationUnitId FINANCE = new OrganisationUnitId("songkhla-pao-finance");
    private static final LocalDate APPOINTED = LocalDate.of(2015, 10, 1);
    private static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            SUPAPORN,
            "1103700123453",
            "นางสาว",
            "สุภาพร",
            "ศรีสุข",
            PersonnelType.SUBDISTRICT_STAFF,
            HR,
            "นักทรัพยากรบุคคลปฏิบัติการ",
            null,
            APPOINTED);

    private final InMemoryOrganisationUnitDirectory units = new InMemoryOrganisationUnitDirectory();
    private final InMemoryEmployeePlacements placements = new InMemoryEmployeePlacements();
    private AggregateTestFixture<Employee> fixture;

    @BeforeEach
    void setUp() {
        units.register(PAO, null);
        units.register(HR, PAO);
        units.register(FINANCE, PAO);
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResources(
                new InMemoryNationalIdRegistry(), units, placements, TestClock.TODAY_IN_THAILAND);
    }

    @Test
    void a_transfer_names_the_unit_left_and_the_order() {
        var effective = LocalDate.of(2020, 4, 1);
        fixture.given(REGISTERED)
                .when(new TransferEmployee(SUPAPORN, FINANCE, " 123/2563 ", effective))
                .expectEvents(new EmployeeTransferred(SUPAPORN, HR, FINANCE, "123/2563", effective));
        assertThat(placements.unitOf(SUPAPORN)).contains(FINANCE);
    }

    @Test
    void a_transfer_to_an_unknown_unit_is_refused() {
        fixture.given(REGISTERED)
                .when(new TransferEmployee(SUPAPORN, new OrganisationUnitId("nowhere"), "1/2563", APPOINTED))
                .expectException(refusedWith(UnknownOrganisationUnit.class))
                .expectNoEvents();
        assertThat(placements.unitOf(SUPAPORN)).isEmpty();
    }

    @Test
    void a_transfer_to_the_unit_the_employee_is_in_is_refused() {
        fixture.given(REGISTERED)
                .when(new TransferEmployee(SUPAPORN, HR, "1/2563", APPOINTED))
                .expectException(refusedWith(AlreadyInUnit.class));
    }

    @Test
    void a_transfer_dated_before_the_appointment_is_refused() {
        fixture.given(REGISTERED)
                .when(new TransferEmployee(SUPAPORN, FINANCE, "1/2558", APPOINTED.minusDays(1)))
                .expectException(refusedWith(BeforeAppointment.class));
    }

    @Test
    void a_transfer_dated_in_the_future_is_refused() {
        fixture.given(REGISTERED)
                .when(new TransferEmployee(SUPAPORN, FINANCE, "1/2570", TestClock.TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_buddhist_era_year_in_the_effective_date_is_refused() {
        fixture.given(REGISTERED)
                .when(new TransferEmployee(SUPAPORN, FINANCE, "1/2563", LocalDate.of(2563, 4, 1)))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_position_change_names_the_previous_position_and_the_level() {
        var effective = LocalDate.of(2021, 10, 1);
        fixture.given(REGISTERED)
                .when(new ChangePosition(SUPAPORN, "นักทรัพยากรบุคคล", "ชำนาญการ", "45/2564", effective))
                .expectEvents(new PositionChanged(
                        SUPAPORN, "นักทรัพยากรบุคคลปฏิบัติการ", "นักทรัพยากรบุคคล", "ชำนาญการ", "45/2564", effective));
    }

    @Test
    void separation_closes_the_case_file_to_new_records() {
        var retired = LocalDate.of(2025, 9, 30);
        var separated = new EmployeeSeparated(SUPAPORN, SeparationReason.RETIRED, "99/2568", retired);
        fixture.given(REGISTERED)
                .when(new SeparateEmployee(SUPAPORN, SeparationReason.RETIRED, "99/2568", retired))
                .expectEvents(separated);

        fixture.given(REGISTERED, separated)
                .when(new TransferEmployee(SUPAPORN, FINANCE, "1/2569", LocalDate.of(2025, 10, 1)))
                .expectException(refusedWith(CaseFileClosed.class))
                .expectNoEvents();
    }
}
