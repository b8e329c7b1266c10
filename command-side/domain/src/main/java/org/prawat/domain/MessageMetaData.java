package org.prawat.domain;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.prawat.api.MetaDataKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every event inherits from the command that caused it: correlation and trace ids (Axon's
 * message origin) and who issued it, in which role, and why, so an auditor can answer all of them
 * for any record.
 */
@Configuration(proxyBeanMethods = false)
class MessageMetaData {

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider issuedByAndReason() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ISSUED_BY, MetaDataKeys.ACTING_ROLE, MetaDataKeys.REASON);
    }
}
