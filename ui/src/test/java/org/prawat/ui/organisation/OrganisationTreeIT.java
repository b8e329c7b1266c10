package org.prawat.ui.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.MoveOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.organisation.UnitMoveWouldCreateCycle;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organisation tree's rules that PostgreSQL enforces: no cycles, managers who exist. */
@PrawatIntegrationTest
class OrganisationTreeIT {

    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_unit_cannot_move_under_its_own_grandchild_but_can_move_elsewhere() {
        var ministry = create("กระทรวงมหาดไทย", UnitKind.MINISTRY, null);
        var province = create("จังหวัดสงขลา", UnitKind.PROVINCE, ministry);
        var pao = create("องค์การบริหารส่วนจังหวัดสงขลา", UnitKind.ORGANISATION, province);
        var division = create("กองการเจ้าหน้าที่", UnitKind.DIVISION, pao);
        var otherPao = create("องค์การบริหารส่วนจังหวัดพัทลุง", UnitKind.ORGANISATION, province);

        assertThatThrownBy(() -> commands.sendAndWait(new MoveOrganisationUnit(pao, division, EFFECTIVE)))
                .isInstanceOf(UnitMoveWouldCreateCycle.class);

        commands.sendAndWait(new MoveOrganisationUnit(division, otherPao, EFFECTIVE));
        assertThat(jdbc.queryForObject(
                        "SELECT parent_id FROM organisation_unit_lookup WHERE unit_id = ?",
                        String.class,
                        division.value()))
                .isEqualTo(otherPao.value());
    }

    @Test
    void only_a_registered_employee_can_be_made_a_unit_manager() {
        var unit = TestEmployees.createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "ปลัดเทศบาล");
        commands.sendAndWait(registration);

        assertThatThrownBy(() -> commands.sendAndWait(new AssignUnitManager(unit, EmployeeId.random(), EFFECTIVE)))
                .isInstanceOf(UnknownEmployee.class);
        commands.sendAndWait(new AssignUnitManager(unit, registration.employeeId(), EFFECTIVE));
    }

    private OrganisationUnitId create(String name, UnitKind kind, OrganisationUnitId parent) {
        var id = OrganisationUnitId.random();
        commands.sendAndWait(new CreateOrganisationUnit(id, name, kind, parent));
        return id;
    }
}
