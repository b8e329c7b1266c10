package org.prawat.ui;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.prawat.api.security.Actor;
import org.prawat.infra.security.ActorAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Integration tests prepare their data as the application itself ({@code Actor.system("test")}):
 * the server checks every command and query, and a test's own setup is not what it tests. A test
 * that is about someone acts as them with {@code CurrentActor.callAs(actor, ...)}.
 */
public class ActingAsTheApplication
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    public static final Actor TEST = Actor.system("test");

    @Override
    public void beforeAll(ExtensionContext context) {
        actAsTheApplication();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        actAsTheApplication();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        actAsTheApplication();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }

    private static void actAsTheApplication() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(TEST));
        SecurityContextHolder.setContext(context);
    }
}
