package org.prawat.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.Correction;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.domain.employee.Employee;

/**
 * The generated case files are accepted, command by command, by the real Employee aggregate (with
 * its members, its rules and the commands' bean validation), and store exactly the events counted.
 */
class CaseFileWriterTest {

    private static final ThaiCaseFiles DATA = new ThaiCaseFiles(DataSize.SMALL, 2568);
    private static final InMemoryLookups LOOKUPS = new InMemoryLookups();

    @BeforeAll
    static void createTheUnits() {
        DATA.organisation().forEach(c -> {
            var create = (CreateOrganisationUnit) c;
            LOOKUPS.register(create.unitId(), create.parentId());
        });
    }

    /** One registry for the whole data set, so a national ID given twice would be refused here too. */
    @Test
    void every_case_file_of_the_small_data_set_is_accepted_and_stores_the_events_counted() {
        DATA.caseFiles().forEach(CaseFileWriterTest::assertAccepted);
    }

    @Test
    void the_veteran_s_case_file_holds_about_five_hundred_events_of_a_35_year_career() {
        CaseFile veteran = DATA.caseFiles()
                .filter(file -> file.employeeId().equals(DATA.asAtEmployeeId()))
                .findFirst()
                .orElseThrow();
        assertThat(veteran.events()).isBetween(450, 560);
        assertThat(((RegisterEmployee) veteran.commands().get(0)).appointedOn().getYear())
                .isEqualTo(1991);
    }

    @Test
    void a_case_file_starts_with_the_registration_and_takes_only_corrections_after_separation() {
        DATA.caseFiles().forEach(file -> {
            List<Object> commands = file.commands();
            assertThat(commands.get(0)).isInstanceOf(RegisterEmployee.class);
            int separated = IntStream.range(0, commands.size())
                    .filter(i -> commands.get(i) instanceof SeparateEmployee)
                    .findFirst()
                    .orElse(commands.size());
            assertThat(commands.subList(Math.min(separated + 1, commands.size()), commands.size()))
                    .allMatch(Correction.class::isInstance);
        });
    }

    static void assertAccepted(CaseFile file) {
        var fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResources(LOOKUPS, LOOKUPS, LOOKUPS, InMemoryLookups.TODAY);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        List<Object> commands = file.commands();
        fixture.givenCommands(commands.subList(0, commands.size() - 1))
                .when(commands.get(commands.size() - 1))
                .expectSuccessfulHandlerExecution();
        long stored = fixture.getEventStore()
                .readEvents(file.employeeId().value())
                .asStream()
                .count();
        assertThat(stored).as("events stored for %s", file.employeeId()).isEqualTo(file.events());
        assertThat(LOOKUPS.unitOf(file.employeeId())).isEqualTo(file.unitId());
    }
}
