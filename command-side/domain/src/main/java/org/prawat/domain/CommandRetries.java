package org.prawat.domain;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.AxonNonTransientExceptionClassesPredicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.prawat.api.RuleViolation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.concurrent.DelegatingSecurityContextScheduledExecutorService;

/**
 * Two commands on one case file at the same moment both load it at the same version; the event
 * store's unique (aggregate, sequence) key lets one append and refuses the other. The gateway then
 * runs the loser again on the new state, where its rules decide afresh: retried, never lost. A
 * refusal by a rule or by the command's shape is an answer, not a conflict, and is not retried.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetries {

    static final int MAX_RETRIES = 5;
    static final int RETRY_INTERVAL_MILLIS = 20;

    /**
     * A retried command runs on this executor's thread, where the server checks its sender again:
     * each retry carries the SecurityContext of the thread that scheduled it, i.e. the sender's.
     */
    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return new DelegatingSecurityContextScheduledExecutorService(
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "command-retry")));
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        var answersNotConflicts = new AxonNonTransientExceptionClassesPredicate()
                .or(failure -> failure instanceof RuleViolation || failure instanceof JSR303ViolationException);
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(commandRetryExecutor)
                        .maxRetryCount(MAX_RETRIES)
                        .retryInterval(RETRY_INTERVAL_MILLIS)
                        .nonTransientFailurePredicate(answersNotConflicts)
                        .build())
                .build();
    }
}
