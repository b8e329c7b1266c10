package org.prawat.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.prawat.api.audit.FindCaseFileEvents;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.security.Role;
import org.prawat.api.training.RecordTraining;

class AccessPolicyTest {

    @Test
    void every_command_of_the_api_has_a_row_so_none_is_open_or_closed_by_accident() {
        assertThat(ApiMessages.commands()).hasSizeGreaterThan(30).allSatisfy(command -> assertThat(
                        AccessPolicy.listedMessages())
                .as("a row for %s", command.getSimpleName())
                .contains(command));
    }

    @Test
    void a_message_nobody_decided_about_is_refused_to_every_person_but_not_to_the_application() {
        record SomethingNew() {}
        assertThat(Arrays.stream(Role.values()).filter(role -> AccessPolicy.allows(role, SomethingNew.class)))
                .containsExactly(Role.SYSTEM);
    }

    @Test
    void an_auditor_sends_no_command_at_all() {
        assertThat(ApiMessages.commands()).noneMatch(command -> AccessPolicy.allows(Role.AUDITOR, command));
    }

    @Test
    void an_auditor_reads_event_streams_and_case_files_but_a_manager_reads_no_event_stream() {
        assertThat(AccessPolicy.allows(Role.AUDITOR, FindCaseFileEvents.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.AUDITOR, FindCaseHistory.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.MANAGER, FindCaseFileEvents.class)).isFalse();
    }

    @Test
    void a_manager_records_evaluations_and_reads_the_team_but_records_no_training() {
        assertThat(AccessPolicy.allows(Role.MANAGER, RecordEvaluation.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.MANAGER, FindTeamTimeline.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.MANAGER, RecordTraining.class)).isFalse();
        assertThat(AccessPolicy.allows(Role.MANAGER, CorrectTraining.class)).isFalse();
    }

    @Test
    void a_record_owner_asks_for_corrections_but_makes_none_and_searches_nobody() {
        assertThat(AccessPolicy.allows(Role.EMPLOYEE, RequestCorrection.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.EMPLOYEE, FindCaseHistory.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.EMPLOYEE, CorrectTraining.class)).isFalse();
        assertThat(AccessPolicy.allows(Role.EMPLOYEE, SearchEverything.class)).isFalse();
    }

    @Test
    void an_administrator_shapes_the_organisation_but_reads_no_case_file_content() {
        assertThat(AccessPolicy.allows(Role.ADMINISTRATOR, CreateOrganisationUnit.class))
                .isTrue();
        assertThat(AccessPolicy.allows(Role.ADMINISTRATOR, FindOrganisationUnits.class))
                .isTrue();
        assertThat(AccessPolicy.allows(Role.ADMINISTRATOR, FindCaseHistory.class))
                .isFalse();
        assertThat(AccessPolicy.allows(Role.ADMINISTRATOR, SearchEverything.class))
                .isFalse();
        assertThat(AccessPolicy.allows(Role.ADMINISTRATOR, RegisterEmployee.class))
                .isFalse();
    }

    @Test
    void an_hr_officer_registers_records_and_corrects_but_does_not_shape_the_organisation() {
        assertThat(AccessPolicy.allows(Role.HR_OFFICER, RegisterEmployee.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.HR_OFFICER, RecordTraining.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.HR_OFFICER, CorrectTraining.class)).isTrue();
        assertThat(AccessPolicy.allows(Role.HR_OFFICER, CreateOrganisationUnit.class))
                .isFalse();
    }
}
