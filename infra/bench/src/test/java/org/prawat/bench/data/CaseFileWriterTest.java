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
        DATA.caseFiles().forEach(file -> assertAccepted(file, LOOKUPS));
    }

    /** MEDIUM's case files reach back to fiscal year 2561: longer careers, more plans, decorations. */
    @Test
    void a_sample_of_the_medium_data_set_s_longer_case_files_is_accepted_too() {
        var medium = new ThaiCaseFiles(DataSize.MEDIUM, 2568);
        var lookups = new InMemoryLookups();
        medium.organisation().forEach(c -> {
            var create = (CreateOrganisationUnit) c;
            lookups.register(create.unitId(), create.parentId());
        });
        IntStream.iterate(0, i -> i < medium.employees(), i -> i + 401)
                .mapToObj(medium::caseFile)
                .forEach(file -> assertAccepted(file, lookups));
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

    static void assertAccepted(CaseFile file, InMemoryLookups lookups) {
        var fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResources(lookups, lookups, lookups, InMemoryLookups.TODAY);
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
        assertThat(lookups.unitOf(file.employeeId())).isEqualTo(file.unitId());
    }
}
