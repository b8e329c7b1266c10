package org.prawat.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.MissingParentUnit;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.organisation.OrganisationUnitCreated;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.organisation.UnknownOrganisationUnit;

class OrganisationUnitTest {

    private static final OrganisationUnitId INTERIOR = new OrganisationUnitId("moi");
    private static final OrganisationUnitId SONGKHLA = new OrganisationUnitId("songkhla");

    private final InMemoryOrganisationUnitDirectory directory = new InMemoryOrganisationUnitDirectory();
    private AggregateTestFixture<OrganisationUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationUnit.class);
        fixture.registerInjectableResource(directory);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void a_ministry_is_created_at_the_top_of_the_tree() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(INTERIOR, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganisationUnitCreated(INTERIOR, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null));
        assertThat(directory.exists(INTERIOR)).isTrue();
    }

    @Test
    void a_province_is_created_under_its_ministry_with_the_name_trimmed() {
        directory.register(INTERIOR, null);

        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationUnit(SONGKHLA, "  จังหวัดสงขลา ", UnitKind.PROVINCE, INTERIOR))
                .expectEvents(new OrganisationUnitCreated(SONGKHLA, "จังหวัดสงขลา", UnitKind.PROVINCE, INTERIOR));
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
}
