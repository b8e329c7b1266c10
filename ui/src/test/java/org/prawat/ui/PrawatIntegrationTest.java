package org.prawat.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port against the real local PostgreSQL and Elasticsearch
 * (started by infra for the test JVM). One shared context for every integration test, which
 * acts as the application itself unless it says otherwise ({@link ActingAsTheApplication}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ActingAsTheApplication.class)
@SpringBootTest(
        classes = PrawatApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prawat.demo-data.enabled=false",
            // The first administrator of a fresh test database (FirstAdministrator); SignInIT checks it.
            "prawat.admin.user=first.admin",
            "prawat.admin.password=first-admin-password-2569",
            // Vaadin's development tools (Copilot) lay an overlay over the page that takes clicks.
            "vaadin.devmode.devTools.enabled=false",
            // An identity provider, known by its public key: bearer tokens on /api as where OIDC is
            // configured (BearerTokenIT); HTTP Basic works beside it, as every other test shows.
            "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:bearer/test-issuer-public.pem"
        })
public @interface PrawatIntegrationTest {}
