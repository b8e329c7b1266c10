package org.prawat.domain.course;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link SessionAttendance} must run in the thread and transaction of the command that recorded
 * the attendance (subscribing, not tracking), and its refusal must reach that command instead of
 * being logged and skipped (propagating), or a session could be recorded for some attendees only.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttendanceProcessing {

    @Bean
    ConfigurerModule sessionAttendanceInTheCommandsTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(SessionAttendance.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        SessionAttendance.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
