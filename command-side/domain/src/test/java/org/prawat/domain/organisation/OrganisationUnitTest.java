package org.prawat.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.ManagerAlreadyAssigned;
import org.prawat.api.organisation.MinistryCannotMove;
import org.prawat.api.organisation.MissingParentUnit;
import org.prawat.api.organisation.MoveOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitMoved;
import org.prawat.api.organisation.OrganisationUnitRenamed;
import org.prawat.api.organisation.RenameOrganisationUnit;
import org.prawat.api.organisation.UnitAlreadyNamed;
import org.prawat.api.organisation.UnitAlreadyUnderParent;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.organisation.UnitManagerAssigned;
import org.prawat.api.organisation.UnitMoveWouldCreateCycle;
import org.prawat.api.organisation.UnknownOrganisationUnit;
import org.prawat.domain.lookup.InMemoryEmployeeDirectory;
import org.prawat.domain.lookup.InMemoryOrganisationUnitDirectory;

class OrganisationUnitTest {

    private static final OrganisationUnitId INTERIOR = new OrganisationUnitId("moi");
    private static final OrganisationUnitId SONGKHLA = new OrganisationUnitId("songkhla");
    private static final OrganisationUnitId PATTANI = new OrganisationUnitId("pattani");
    private static final OrganisationUnitId SONGKHLA_PAO = new OrganisationUnitId("songkhla-pao");
    private static final OrganisationUnitId PAO_HR = new OrganisationUnitId("songkhla-pao-hr");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    private final InMemoryOrganisationUnitDirectory directory = new InMemoryOrganisationUnitDirectory();
    private final InMemoryEmployeeDirectory employees = new InMemoryEmployeeDirectory();
    private AggregateTestFixture<OrganisationUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationUnit.class);
        fixture.registerInjectableResources(
                directory, employees, Clock.fixed(TODAY.atStartOfDay(THAILAND).toInstant(), THAILAND));
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void a_ministry_is_created_at_the_top_of_the_tree() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(INTERIOR, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationUnitCreated(INTERIOR, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null, TODAY));
        assertThat(directory.exists(INTERIOR)).isTrue();
    }

    @Test
    void a_province_is_created_under_its_ministry_with_the_name_trimmed() {
        directory.register(INTERIOR, null);

        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(SONGKHLA, "  จังหวัดสงขลา ", UnitKind.PROVINCE, INTERIOR))
                .expectEvents(
                        new OrganisationUnitCreated(SONGKHLA, "จังหวัดสงขลา", UnitKind.PROVINCE, INTERIOR, TODAY));
        assertThat(directory.exists(SONGKHLA)).isTrue();
    }

    @Test
    void a_unit_id_that_was_created_before_is_refused() {
        directory.register(INTERIOR, null);

        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(INTERIOR, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null))
                .expectException(refusedWith(OrganisationUnitAlreadyExists.class))
                .expectNoEvents();
    }

    @Test
    void a_unit_under_a_parent_that_was_never_created_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(SONGKHLA, "จังหวัดสงขลา", UnitKind.PROVINCE, INTERIOR))
                .expectException(refusedWith(UnknownOrganisationUnit.class))
                .expectNoEvents();
        assertThat(directory.exists(SONGKHLA)).isFalse();
    }

    @Test
    void a_unit_other_than_a_ministry_without_a_parent_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(SONGKHLA, "จังหวัดสงขลา", UnitKind.PROVINCE, null))
                .expectException(refusedWith(MissingParentUnit.class))
                .expectNoEvents();
        assertThat(directory.exists(SONGKHLA)).isFalse();
    }

    @Test
    void a_unit_without_a_name_is_refused_by_the_command_shape_before_the_unit_sees_it() {
        var withoutName = new CreateOrganisationUnit(INTERIOR, " ", UnitKind.MINISTRY, null);

        // A dispatch interceptor refuses on the sender's thread, so the fixture throws from when().
        assertThatThrownBy(() -> fixture.givenNoPriorActivity().when(withoutName))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("กรุณาระบุชื่อหน่วยงาน / The unit name is required");
        // Otherwise valid: had the handler run, it would have registered the id and created the unit.
        assertThat(directory.exists(INTERIOR)).isFalse();
    }

    private static final OrganisationUnitCreated SONGKHLA_PAO_CREATED = new OrganisationUnitCreated(
            SONGKHLA_PAO, "องค์การบริหารส่วนจังหวัดสงขลา", UnitKind.ORGANISATION, SONGKHLA, TODAY);

    @Nested
    class Renaming {

        @Test
        void a_rename_records_the_previous_and_the_trimmed_new_name_from_the_effective_date() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new RenameOrganisationUnit(SONGKHLA_PAO, " อบจ.สงขลา ", TODAY))
                    .expectEvents(new OrganisationUnitRenamed(
                            SONGKHLA_PAO, "องค์การบริหารส่วนจังหวัดสงขลา", "อบจ.สงขลา", TODAY));
        }

        @Test
        void a_second_rename_starts_from_the_name_the_first_one_gave() {
            LocalDate firstRename = TODAY.minusYears(1);
            fixture.given(
                            SONGKHLA_PAO_CREATED,
                            new OrganisationUnitRenamed(
                                    SONGKHLA_PAO, "องค์การบริหารส่วนจังหวัดสงขลา", "อบจ.สงขลา", firstRename))
                    .when(new RenameOrganisationUnit(SONGKHLA_PAO, "องค์การบริหารส่วนจังหวัดสงขลา", TODAY))
                    .expectEvents(new OrganisationUnitRenamed(
                            SONGKHLA_PAO, "อบจ.สงขลา", "องค์การบริหารส่วนจังหวัดสงขลา", TODAY));
        }

        @Test
        void a_rename_to_the_name_the_unit_already_has_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new RenameOrganisationUnit(SONGKHLA_PAO, "องค์การบริหารส่วนจังหวัดสงขลา ", TODAY))
                    .expectException(refusedWith(UnitAlreadyNamed.class))
                    .expectNoEvents();
        }

        @Test
        void a_rename_effective_in_the_future_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new RenameOrganisationUnit(SONGKHLA_PAO, "อบจ.สงขลา", TODAY.plusDays(1)))
                    .expectException(refusedWith(DateInFuture.class))
                    .expectNoEvents();
        }

        @Test
        void a_rename_dated_with_a_buddhist_era_year_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new RenameOrganisationUnit(SONGKHLA_PAO, "อบจ.สงขลา", LocalDate.of(2569, 10, 1)))
                    .expectException(refusedWith(BuddhistEraYearGiven.class))
                    .expectNoEvents();
        }

        @Test
        void a_rename_without_a_new_name_is_refused_by_the_command_shape() {
            assertThatThrownBy(() -> fixture.given(SONGKHLA_PAO_CREATED)
                            .when(new RenameOrganisationUnit(SONGKHLA_PAO, " ", TODAY)))
                    .isInstanceOf(JSR303ViolationException.class)
                    .hasMessageContaining("กรุณาระบุชื่อใหม่ของหน่วยงาน / The new unit name is required");
        }
    }

    @Nested
    class Moving {

        @BeforeEach
        void aTreeOfOneMinistryTwoProvincesAndAnOrganisationWithADivision() {
            directory.register(INTERIOR, null);
            directory.register(SONGKHLA, INTERIOR);
            directory.register(PATTANI, INTERIOR);
            directory.register(SONGKHLA_PAO, SONGKHLA);
            directory.register(PAO_HR, SONGKHLA_PAO);
        }

        @Test
        void a_move_records_the_previous_and_the_new_parent_and_the_tree_follows() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, PATTANI, TODAY))
                    .expectEvents(new OrganisationUnitMoved(SONGKHLA_PAO, SONGKHLA, PATTANI, TODAY));
            assertThat(directory.parentOf(SONGKHLA_PAO)).isEqualTo(PATTANI);
            assertThat(directory.isAncestorOrSelf(PATTANI, PAO_HR)).isTrue();
        }

        @Test
        void a_move_under_one_of_the_units_own_sub_units_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, PAO_HR, TODAY))
                    .expectException(refusedWith(UnitMoveWouldCreateCycle.class))
                    .expectNoEvents();
            assertThat(directory.parentOf(SONGKHLA_PAO)).isEqualTo(SONGKHLA);
        }

        @Test
        void a_move_under_the_unit_itself_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, SONGKHLA_PAO, TODAY))
                    .expectException(refusedWith(UnitMoveWouldCreateCycle.class))
                    .expectNoEvents();
            assertThat(directory.parentOf(SONGKHLA_PAO)).isEqualTo(SONGKHLA);
        }

        @Test
        void a_move_under_a_parent_that_was_never_created_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, new OrganisationUnitId("nowhere"), TODAY))
                    .expectException(refusedWith(UnknownOrganisationUnit.class))
                    .expectNoEvents();
            assertThat(directory.parentOf(SONGKHLA_PAO)).isEqualTo(SONGKHLA);
        }

        @Test
        void a_move_of_a_ministry_is_refused() {
            fixture.given(new OrganisationUnitCreated(INTERIOR, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null, TODAY))
                    .when(new MoveOrganisationUnit(INTERIOR, SONGKHLA, TODAY))
                    .expectException(refusedWith(MinistryCannotMove.class))
                    .expectNoEvents();
            assertThat(directory.parentOf(INTERIOR)).isNull();
        }

        @Test
        void a_move_under_the_parent_the_unit_already_has_after_an_earlier_move_is_refused() {
            fixture.given(
                            SONGKHLA_PAO_CREATED,
                            new OrganisationUnitMoved(SONGKHLA_PAO, SONGKHLA, PATTANI, TODAY.minusYears(1)))
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, PATTANI, TODAY))
                    .expectException(refusedWith(UnitAlreadyUnderParent.class))
                    .expectNoEvents();
        }

        @Test
        void a_move_effective_in_the_future_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, PATTANI, TODAY.plusDays(1)))
                    .expectException(refusedWith(DateInFuture.class))
                    .expectNoEvents();
            assertThat(directory.parentOf(SONGKHLA_PAO)).isEqualTo(SONGKHLA);
        }

        @Test
        void a_move_dated_with_a_buddhist_era_year_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new MoveOrganisationUnit(SONGKHLA_PAO, PATTANI, LocalDate.of(2569, 10, 1)))
                    .expectException(refusedWith(BuddhistEraYearGiven.class))
                    .expectNoEvents();
            assertThat(directory.parentOf(SONGKHLA_PAO)).isEqualTo(SONGKHLA);
        }
    }

    @Nested
    class AssigningAManager {

        private static final EmployeeId SOMCHAI = new EmployeeId("somchai");
        private static final EmployeeId SOMYING = new EmployeeId("somying");

        @BeforeEach
        void twoRegisteredEmployees() {
            employees.register(SOMCHAI);
            employees.register(SOMYING);
        }

        @Test
        void the_first_manager_of_a_unit_is_assigned_with_no_predecessor() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new AssignUnitManager(SONGKHLA_PAO, SOMCHAI, TODAY))
                    .expectEvents(new UnitManagerAssigned(SONGKHLA_PAO, null, SOMCHAI, TODAY));
        }

        @Test
        void a_new_manager_succeeds_the_previous_one() {
            fixture.given(
                            SONGKHLA_PAO_CREATED,
                            new UnitManagerAssigned(SONGKHLA_PAO, null, SOMCHAI, TODAY.minusYears(2)))
                    .when(new AssignUnitManager(SONGKHLA_PAO, SOMYING, TODAY))
                    .expectEvents(new UnitManagerAssigned(SONGKHLA_PAO, SOMCHAI, SOMYING, TODAY));
        }

        @Test
        void assigning_the_manager_the_unit_already_has_is_refused() {
            fixture.given(
                            SONGKHLA_PAO_CREATED,
                            new UnitManagerAssigned(SONGKHLA_PAO, null, SOMCHAI, TODAY.minusYears(2)))
                    .when(new AssignUnitManager(SONGKHLA_PAO, SOMCHAI, TODAY))
                    .expectException(refusedWith(ManagerAlreadyAssigned.class))
                    .expectNoEvents();
        }

        @Test
        void a_manager_who_is_not_a_registered_employee_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new AssignUnitManager(SONGKHLA_PAO, new EmployeeId("nobody"), TODAY))
                    .expectException(refusedWith(UnknownEmployee.class))
                    .expectNoEvents();
        }

        @Test
        void an_assignment_effective_in_the_future_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new AssignUnitManager(SONGKHLA_PAO, SOMCHAI, TODAY.plusDays(1)))
                    .expectException(refusedWith(DateInFuture.class))
                    .expectNoEvents();
        }

        @Test
        void an_assignment_dated_with_a_buddhist_era_year_is_refused() {
            fixture.given(SONGKHLA_PAO_CREATED)
                    .when(new AssignUnitManager(SONGKHLA_PAO, SOMCHAI, LocalDate.of(2569, 10, 1)))
                    .expectException(refusedWith(BuddhistEraYearGiven.class))
                    .expectNoEvents();
        }
    }
}
