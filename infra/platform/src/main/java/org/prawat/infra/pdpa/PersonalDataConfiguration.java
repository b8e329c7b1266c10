package org.prawat.infra.pdpa;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The serializer of stored events: Axon's JSON ({@code defaultAxonObjectMapper}) plus the
 * {@link PersonalDataModule}. Only events go through it; snapshots, tokens and sagas keep the
 * general serializer (a snapshot of a case file holds no personal data, and is deleted on erasure).
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    PersonalDataKeys personalDataKeys(
            JdbcTemplate jdbc, @Value("${" + MasterKeyEnvironmentPostProcessor.PROPERTY + "}") String masterKey) {
        return new JdbcPersonalDataKeys(jdbc, master(masterKey));
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(
            @Qualifier("defaultAxonObjectMapper") ObjectMapper axonJson,
            RevisionResolver revisionResolver,
            PersonalDataKeys keys) {
        return JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(PersonalDataConfiguration.class.getClassLoader()))
                .objectMapper(axonJson.copy().registerModule(new PersonalDataModule(keys)))
                .build();
    }

    @Bean
    LegacyNationalIds legacyNationalIds(
            JdbcTemplate jdbc, @Value("${" + MasterKeyEnvironmentPostProcessor.PROPERTY + "}") String masterKey) {
        return new LegacyNationalIds(jdbc, master(masterKey).getEncoded());
    }

    static SecretKey master(String base64) {
        return AesGcm.key(Base64.getDecoder().decode(base64.strip()));
    }
}
