package org.prawat.infra.security;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every command and query on the server's buses is stamped with its sender and checked against them. */
@Configuration(proxyBeanMethods = false)
public class AccessControlConfiguration {

    @Bean
    ScopeCheck scopeCheck(JdbcTemplate jdbc) {
        return new ScopeCheck(new JdbcPlacementLookup(jdbc));
    }

    @Bean
    InitializingBean accessControlOnTheBuses(CommandBus commandBus, QueryBus queryBus, ScopeCheck scopes) {
        return () -> {
            commandBus.registerDispatchInterceptor(new ActorStamp<>());
            commandBus.registerHandlerInterceptor(new AccessControl(scopes));
            queryBus.registerDispatchInterceptor(new ActorStamp<>());
            queryBus.registerHandlerInterceptor(new AccessControl(scopes));
        };
    }
}
