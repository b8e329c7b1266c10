package org.prawat.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;

class ApiMessagesTest {

    @Test
    void every_sample_command_is_well_formed_so_that_only_the_access_check_can_refuse_it_on_the_bus() {
        var samples =
                new ApiMessages(new EmployeeId("somchai"), new OrganisationUnitId("songkhla-pao"), Scope.everything());
        var validator = Validation.buildDefaultValidatorFactory().getValidator();
        List<Class<?>> commands = ApiMessages.commands();
        assertThat(commands).hasSizeGreaterThan(30);
        assertThat(commands.stream()
                        .flatMap(command -> validator.validate(samples.sample(command)).stream()
                                .map(v -> command.getSimpleName() + "." + v.getPropertyPath() + ": " + v.getMessage()))
                        .toList())
                .isEmpty();
    }
}
