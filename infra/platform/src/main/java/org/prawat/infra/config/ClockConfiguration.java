package org.prawat.infra.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * "Today" for the business rules (no dates in the future) is a Thai day, whatever zone the server
 * runs in; a bean, so tests can fix it.
 */
@AutoConfiguration
public class ClockConfiguration {

    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(THAILAND);
    }
}
