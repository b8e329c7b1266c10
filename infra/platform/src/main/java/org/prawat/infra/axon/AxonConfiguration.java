package org.prawat.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.prawat.infra.axon.upcasting.EmployeeRegisteredUpcaster;
import org.prawat.infra.axon.upcasting.OrganisationUnitCreatedUpcaster;
import org.prawat.infra.pdpa.PersonalDataConfiguration;
import org.prawat.infra.security.AccessControlConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** How Axon stores and delivers messages in Prawat; the tables themselves belong to Flyway. */
@AutoConfiguration(
        beforeName = {
            "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"
        })
@Import({StoreSchemas.class, Snapshotting.class, PersonalDataConfiguration.class, AccessControlConfiguration.class})
public class AxonConfiguration {

    /**
     * The JSON shape of every stored event. Declared here, not left to defaults, because stored
     * events outlive code: ISO dates, and unknown fields ignored so older code can read newer events.
     */
    @Bean("defaultAxonObjectMapper")
    @Primary
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Every change of a stored event's shape has an upcaster, oldest first. */
    @Bean
    OrganisationUnitCreatedUpcaster organisationUnitCreatedUpcaster() {
        return new OrganisationUnitCreatedUpcaster();
    }

    @Bean
    EmployeeRegisteredUpcaster employeeRegisteredUpcaster() {
        return new EmployeeRegisteredUpcaster();
    }

    /** Command shape (Jakarta annotations on the command records) is checked before any handler runs. */
    @Bean
    InitializingBean commandValidation(CommandBus commandBus, ValidatorFactory validatorFactory) {
        return () -> commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>(validatorFactory));
    }

    /**
     * A projection that cannot write (Elasticsearch down) must not skip the event: the error goes to
     * the tracking processor, which keeps its token and retries with back-off until it succeeds.
     */
    @Bean
    ConfigurerModule projectionsRetryInsteadOfSkipping() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
