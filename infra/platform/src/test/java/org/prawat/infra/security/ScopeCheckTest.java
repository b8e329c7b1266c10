package org.prawat.infra.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.security.AccessDenied;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;

class ScopeCheckTest {

    // อบจ.สงขลา with กองการเจ้าหน้าที่ (and its ฝ่ายฝึกอบรม) and กองคลัง beside it.
    private static final OrganisationUnitId PAO = new OrganisationUnitId("songkhla-pao");
    private static final OrganisationUnitId HR = new OrganisationUnitId("songkhla-pao-hr");
    private static final OrganisationUnitId TRAINING = new OrganisationUnitId("songkhla-pao-hr-training");
    private static final OrganisationUnitId FINANCE = new OrganisationUnitId("songkhla-pao-finance");
    private static final EmployeeId SOMCHAI = new EmployeeId("somchai");
    private static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    private static final EmployeeId NOBODY = new EmployeeId("nobody");

    private static final Actor HR_MANAGER = new Actor("manager.hr", Role.MANAGER, Scope.of(List.of(HR)), null);
    private static final Actor SOMCHAI_HIMSELF = new Actor("somchai", Role.EMPLOYEE, Scope.everything(), SOMCHAI);

    private final ScopeCheck check = new ScopeCheck(
            new FakeTree(Map.of(HR, PAO, TRAINING, HR, FINANCE, PAO), Map.of(SOMCHAI, TRAINING, SUPAPORN, FINANCE)));

    @Test
    void a_manager_records_an_evaluation_for_someone_in_a_unit_below_their_own() {
        assertThatCode(() -> check.check(HR_MANAGER, evaluationOf(SOMCHAI), true))
                .doesNotThrowAnyException();
    }

    @Test
    void a_manager_cannot_record_an_evaluation_for_someone_of_a_sibling_unit() {
        assertThatThrownBy(() -> check.check(HR_MANAGER, evaluationOf(SUPAPORN), true))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("outside the units you are responsible for");
    }

    @Test
    void a_command_for_a_case_file_that_does_not_exist_is_left_to_the_aggregate_to_answer() {
        assertThatCode(() -> check.check(HR_MANAGER, evaluationOf(NOBODY), true))
                .doesNotThrowAnyException();
    }

    @Test
    void registering_someone_into_a_unit_outside_the_scope_is_refused() {
        var hrOfficer = new Actor("hr.officer", Role.HR_OFFICER, Scope.of(List.of(HR)), null);
        assertThatCode(() -> check.check(hrOfficer, registration(TRAINING), true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check.check(hrOfficer, registration(FINANCE), true))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_manager_may_search_their_subtree_or_part_of_it_but_not_everything_or_a_sibling() {
        assertThatCode(() -> check.check(HR_MANAGER, search(Scope.of(List.of(HR))), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.check(HR_MANAGER, search(Scope.of(List.of(TRAINING))), false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check.check(HR_MANAGER, search(Scope.everything()), false))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> check.check(HR_MANAGER, search(Scope.of(List.of(FINANCE))), false))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> check.check(HR_MANAGER, search(Scope.of(List.of(PAO))), false))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_manager_cannot_open_the_team_timeline_of_a_sibling_unit_even_within_their_own_scope() {
        assertThatThrownBy(() -> check.check(HR_MANAGER, timelineOf(FINANCE, Scope.of(List.of(HR))), false))
                .isInstanceOf(AccessDenied.class);
        assertThatCode(() -> check.check(HR_MANAGER, timelineOf(TRAINING, Scope.of(List.of(HR))), false))
                .doesNotThrowAnyException();
        // Above their unit the handler shows only their part, as it keeps to the query's scope.
        assertThatCode(() -> check.check(HR_MANAGER, timelineOf(PAO, Scope.of(List.of(HR))), false))
                .doesNotThrowAnyException();
    }

    @Test
    void a_record_owner_opens_only_their_own_case_file() {
        assertThatCode(() -> check.check(SOMCHAI_HIMSELF, new FindCaseHistory(SOMCHAI, Scope.everything()), false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check.check(SOMCHAI_HIMSELF, new FindCaseHistory(SUPAPORN, Scope.everything()), false))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("another person's case file");
        assertThatThrownBy(() -> check.check(SOMCHAI_HIMSELF, evaluationOf(SUPAPORN), true))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_application_itself_reaches_everything() {
        assertThatCode(() -> check.check(Actor.system("test"), evaluationOf(SUPAPORN), true))
                .doesNotThrowAnyException();
    }

    private static RecordEvaluation evaluationOf(EmployeeId employee) {
        return new RecordEvaluation(
                employee,
                EvaluationId.random(),
                new FiscalYear(2568),
                1,
                new BigDecimal("85"),
                70,
                new BigDecimal("80"),
                30,
                "นายสมศักดิ์ รักงาน",
                LocalDate.of(2025, 4, 10),
                null);
    }

    private static RegisterEmployee registration(OrganisationUnitId unit) {
        return new RegisterEmployee(
                new EmployeeId("wilai"),
                "1103700123450",
                "นางสาว",
                "วิไล",
                "ใจงาม",
                PersonnelType.PROVINCIAL_STAFF,
                unit,
                "นักทรัพยากรบุคคลปฏิบัติการ",
                null,
                LocalDate.of(2024, 10, 1));
    }

    private static SearchEverything search(Scope scope) {
        return new SearchEverything("การพัฒนา", null, 0, 20, null, scope);
    }

    private static FindTeamTimeline timelineOf(OrganisationUnitId unit, Scope scope) {
        return new FindTeamTimeline(unit, null, null, Set.of(), null, 0, 20, scope);
    }

    private record FakeTree(
            Map<OrganisationUnitId, OrganisationUnitId> parents, Map<EmployeeId, OrganisationUnitId> placed)
            implements PlacementLookup {

        @Override
        public Optional<OrganisationUnitId> unitOf(EmployeeId employeeId) {
            return Optional.ofNullable(placed.get(employeeId));
        }

        @Override
        public List<String> pathOf(OrganisationUnitId unit) {
            List<String> path = new ArrayList<>();
            for (var at = unit; at != null; at = parents.get(at)) {
                path.add(at.value());
            }
            return path;
        }
    }
}
