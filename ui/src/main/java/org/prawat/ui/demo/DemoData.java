package org.prawat.ui.demo;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.prawat.api.security.Actor;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.infra.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation tree and employees on the first start. Demo ids are fixed, so on a
 * later start the ministry already exists and nothing is sent again.
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnProperty(name = "prawat.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Before the demo accounts, which name its units and employees. */
    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;

    DemoData(CommandGateway commands) {
        this.commands = commands;
    }

    /** Runs before anyone signs in, as the application itself. */
    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.runAs(Actor.system("demo-data"), this::load);
    }

    private void load() {
        var units = DemoUnits.all();
        var employees = DemoEmployees.all();
        try {
            commands.sendAndWait(units.get(0));
            units.stream().skip(1).forEach(commands::sendAndWait);
            employees.forEach(commands::sendAndWait);
            log.info("Loaded demo data: {} units, {} employees", units.size(), DemoEmployees.COUNT);
        } catch (OrganisationUnitAlreadyExists alreadyLoaded) {
            log.info("Demo organisation and employees already loaded");
        }
        loadRecords(employees);
    }

    /** Separate from the employees, so installations loaded before records existed get them too. */
    private void loadRecords(List<RegisterEmployee> employees) {
        try {
            for (int i = 0; i < employees.size(); i++) {
                DemoRecords.of(i, employees.get(i)).forEach(commands::sendAndWait);
            }
            log.info("Loaded demo records: trainings and evaluations of {} employees", employees.size());
        } catch (TrainingAlreadyRecorded alreadyLoaded) {
            log.info("Demo records already loaded");
        }
    }
}
