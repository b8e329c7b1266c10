package org.prawat.domain.employee;

import org.axonframework.common.caching.Cache;
import org.prawat.domain.RecentAggregates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case files kept in memory between commands ({@link RecentAggregates}): as many as
 * {@value #SIZE_PROPERTY} says, 2,000 unless configured. A case file outside it is loaded from its
 * latest snapshot and the events after it ({@link EmployeeSnapshots}).
 */
@Configuration(proxyBeanMethods = false)
class EmployeeCache {

    static final String CACHE = "caseFileCache";
    static final String SIZE_PROPERTY = "prawat.case-file.cache-size";

    @Bean(CACHE)
    Cache caseFileCache(@Value("${" + SIZE_PROPERTY + ":2000}") int size) {
        return new RecentAggregates(size);
    }
}
