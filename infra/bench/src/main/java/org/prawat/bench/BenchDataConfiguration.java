package org.prawat.bench;

import org.prawat.bench.data.BenchData;
import org.prawat.bench.data.DataSize;
import org.prawat.bench.data.ThaiCaseFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data set a benchmark command runs on: {@code bench.size}, generated from {@code bench.seed}. */
@Configuration(proxyBeanMethods = false)
class BenchDataConfiguration {

    @Bean
    @ConditionalOnProperty("bench.size")
    BenchData benchData(@Value("${bench.size}") String size, @Value("${bench.seed:2568}") long seed) {
        return new ThaiCaseFiles(DataSize.valueOf(size.strip().toUpperCase(java.util.Locale.ROOT)), seed);
    }
}
