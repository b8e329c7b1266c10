package org.prawat.ui.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.api.organisation.OrganisationUnitAlreadyExists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation tree and employees on the first start. Demo ids are fixed, so on a
 * later start the ministry already exists and nothing is sent again.
 */
@Component
@ConditionalOnProperty(name = "prawat.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;

    DemoData(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        var units = DemoUnits.all();
        try {
            commands.sendAndWait(units.get(0));
        } catch (OrganisationUnitAlreadyExists alreadyLoaded) {
            log.info("Demo data already loaded");
            return;
        }
        units.stream().skip(1).forEach(commands::sendAndWait);
        DemoEmployees.all().forEach(commands::sendAndWait);
        log.info("Loaded demo data: {} units, {} employees", units.size(), DemoEmployees.COUNT);
    }
}
