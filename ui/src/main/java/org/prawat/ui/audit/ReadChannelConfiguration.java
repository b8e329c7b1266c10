package org.prawat.ui.audit;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every query sent from the application says through which channel it came, for the read log. */
@Configuration(proxyBeanMethods = false)
class ReadChannelConfiguration {

    @Bean
    InitializingBean queriesSayTheirChannel(QueryGateway queries) {
        return () -> queries.registerDispatchInterceptor(new ReadChannel());
    }
}
