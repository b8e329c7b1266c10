package org.prawat.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts the read log on the query bus, where no channel can go around it. */
@Configuration(proxyBeanMethods = false)
class ReadLogConfiguration {

    @Bean
    InitializingBean readLogOnTheQueryBus(QueryBus queryBus, JdbcTemplate jdbc, ObjectMapper json) {
        return () -> queryBus.registerHandlerInterceptor(new ReadLogging(jdbc, json));
    }
}
