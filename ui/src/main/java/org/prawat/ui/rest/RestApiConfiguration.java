package org.prawat.ui.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import org.prawat.api.history.Scope;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The caller and scope parameters of the HTTP API and its OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class RestApiConfiguration implements WebMvcConfigurer {

    static {
        // The caller and the scope come from the authenticated account, not from request parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, Scope.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    /**
     * The shared ObjectMapper is Axon's (infra), built without Spring's problem-detail mix-in, which
     * would nest {@code code}, {@code thai} and {@code english} under "properties". Problems get a
     * copy with the mix-in, so they are flat as RFC 9457 expects and the stored-event mapper stays as it is.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (var converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                var problems =
                        jackson.getObjectMapper().copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
                jackson.registerObjectMappersForType(
                        ProblemDetail.class, mappers -> mappers.put(MediaType.APPLICATION_PROBLEM_JSON, problems));
            }
        }
    }

    @Bean
    OpenAPI prawatOpenApi() {
        return new OpenAPI()
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("บัญชีบริการ / A service account (TLS in production)"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("โทเค็นจากผู้ให้บริการ OpenID Connect (เมื่อตั้งค่าไว้)"
                                                + " / A token of the configured OpenID Connect provider")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .info(
                        new Info()
                                .title("Prawat HTTP API")
                                .version("1")
                                .description(
                                        """
                                Commands that write to the development case files (แฟ้มประวัติ) of Thai public servants. \
                                Each request is recorded as an immutable event. Reads (a case history, now, as at a \
                                moment or as of a date, and a unit's timeline) answer only within the caller's scope: \
                                the unit of the caller's account, with its subtree.

                                **Who issued it.** Every request authenticates as an account: HTTP Basic with a service \
                                account (use TLS), or, where an OpenID Connect provider is configured, a bearer token \
                                whose claim names a local account. Without valid credentials the answer is 401 \
                                (five wrong passwords in a row lock the account for 15 minutes). The account's name is \
                                stored as `issuedBy` and its role as `actingRole` with every event the request causes; \
                                the optional `X-Prawat-Reason` header is stored as `reason`. Percent-encode non-ASCII \
                                text (UTF-8), e.g. Thai.

                                **Errors** are RFC 9457 `application/problem+json` with `detail` = "Thai / English" \
                                and the properties `thai` and `english`: a broken business rule is 422 (409 when it \
                                was recorded before) with a stable `code`; a missing or malformed field is 400 with \
                                `errors` listing each `field` and its `message`; an unknown id in the path is 404.
                                """));
    }

    @Bean
    OperationCustomizer reasonHeader() {
        return (operation, handlerMethod) -> {
            boolean takesCaller = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(p -> Caller.class.equals(p.getParameterType()));
            if (takesCaller) {
                operation.addParametersItem(new HeaderParameter()
                        .name(Caller.REASON_HEADER)
                        .required(false)
                        .description("เหตุผล / Why the command is issued (stored as reason)")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
