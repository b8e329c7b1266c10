package org.prawat.domain.lookup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link TrainingReportRegistration} must write in the thread and transaction of the command whose
 * event it mirrors (subscribing, not tracking), and a failed write must refuse that command instead
 * of being logged and skipped (propagating), or the registry could miss a report or a retraction.
 */
@Configuration(proxyBeanMethods = false)
class TrainingReportRegistrationProcessing {

    @Bean
    ConfigurerModule trainingReportsRegisteredInTheCommandsTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(TrainingReportRegistration.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        TrainingReportRegistration.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
