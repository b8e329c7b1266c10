package org.prawat.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.organisation.AssignUnitManager;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.UnitKind;
import org.prawat.domain.organisation.OrganisationUnit;

class OrganisationTreeTest {

    @Test
    void every_unit_is_accepted_after_its_parent_and_its_head_becomes_its_manager() {
        var data = new ThaiCaseFiles(DataSize.SMALL, 2568);
        var lookups = new InMemoryLookups();
        List<AssignUnitManager> managers =
                data.unitManagers().stream().map(AssignUnitManager.class::cast).toList();
        managers.forEach(m -> lookups.registered(m.managerId()));
        for (Object command : data.organisation()) {
            var create = (CreateOrganisationUnit) command;
            var fixture = fixture(lookups);
            var manager = managers.stream()
                    .filter(m -> m.unitId().equals(create.unitId()))
                    .findFirst();
            if (manager.isPresent()) {
                fixture.givenCommands(create).when(manager.get()).expectSuccessfulHandlerExecution();
            } else {
                fixture.givenNoPriorActivity().when(create).expectSuccessfulHandlerExecution();
            }
        }
        assertThat(lookups.exists(data.teamUnitId())).isTrue();
        assertThat(managers.stream().map(AssignUnitManager::managerId).distinct())
                .hasSize(managers.size());
    }

    @Test
    void all_77_provinces_with_real_districts_are_shipped_and_large_uses_them_all() {
        assertThat(ThaiPlaces.PROVINCES).hasSize(77).allMatch(p -> p.districts().size() >= 3);
        long provinces = new OrganisationTree(DataSize.LARGE, 1)
                .commands().stream().filter(c -> c.kind() == UnitKind.PROVINCE).count();
        assertThat(provinces).isEqualTo(77);
    }

    private static AggregateTestFixture<OrganisationUnit> fixture(InMemoryLookups lookups) {
        var fixture = new AggregateTestFixture<>(OrganisationUnit.class);
        fixture.registerInjectableResources(lookups, InMemoryLookups.TODAY);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}
