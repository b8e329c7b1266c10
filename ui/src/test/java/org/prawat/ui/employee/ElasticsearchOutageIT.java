package org.prawat.ui.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.TestEmployees.createUnit;
import static org.prawat.ui.TestEmployees.eventuallyFound;
import static org.prawat.ui.TestEmployees.newSurname;
import static org.prawat.ui.TestEmployees.registration;

import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.prawat.infra.local.LocalServices;
import org.prawat.ui.PrawatIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Elasticsearch going away must not lose a registration: the event is in PostgreSQL, and the
 * projection retries from its token until Elasticsearch is back.
 */
@PrawatIntegrationTest
class ElasticsearchOutageIT {

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Test
    void an_employee_registered_while_elasticsearch_is_down_becomes_searchable_when_it_is_back() throws Exception {
        var unit = createUnit(commands, "เทศบาลเมืองแม่เหียะ");
        var elasticsearch = LocalServices.current().elasticsearch();
        elasticsearch.stop();
        String surname = newSurname();
        var registration = registration(unit, surname, "นักวิชาการคอมพิวเตอร์ปฏิบัติการ");
        try {
            commands.sendAndWait(registration);
        } finally {
            elasticsearch.start();
        }

        // The processor backs off while Elasticsearch is down (up to 60 s between attempts).
        assertThat(eventuallyFound(queries, surname, registration.employeeId(), Duration.ofSeconds(120)))
                .isTrue();
    }
}
