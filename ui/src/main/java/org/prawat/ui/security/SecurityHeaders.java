package org.prawat.ui.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers of every answer. Pages may run only the application's own scripts and styles (Vaadin
 * needs inline ones and, in development, eval), talk only to their own server, never be framed; no
 * page asks for camera, microphone or location. HSTS is sent on HTTPS requests only (Spring's default),
 * so it takes effect where TLS is terminated in front of the application.
 */
final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self';"
            + " object-src 'none'";

    /** An API answer is data, never a page: nothing in it may load or run. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
