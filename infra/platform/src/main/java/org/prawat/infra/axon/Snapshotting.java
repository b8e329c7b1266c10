package org.prawat.infra.axon;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Axon's snapshotter as Spring Boot would make it, but taking snapshots on a thread of its own
 * after the triggering command has committed. By default Axon takes them in the command's thread,
 * so the user whose command crossed an aggregate's threshold would wait for the whole case file to
 * be read again, serialised and stored. One thread: a snapshot only saves later work, and a burst
 * of them (a session recorded for 300 case files) should not compete with commands for the cores.
 * A snapshot that fails or is lost at shutdown costs nothing but a longer replay.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class Snapshotting {

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(task -> new Thread(task, "snapshotter"));
    }

    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            Configuration configuration,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            @Qualifier("snapshotExecutor") ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }
}
