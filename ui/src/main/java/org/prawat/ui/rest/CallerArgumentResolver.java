package org.prawat.ui.rest;

import java.nio.charset.StandardCharsets;
import org.prawat.api.history.Scope;
import org.prawat.api.security.Actor;
import org.prawat.infra.security.CurrentActor;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.util.UriUtils;

/**
 * Supplies a {@link Caller} and a {@link Scope} parameter from the authenticated actor of the request
 * (Spring Security has refused requests without one before they get here). Only the reason comes from
 * a header, percent-decoded as UTF-8: HTTP headers carry no Thai text as it is.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType()) || Scope.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Actor actor = CurrentActor.get().orElseThrow(MissingCaller::new);
        if (Scope.class.equals(parameter.getParameterType())) {
            return actor.scope();
        }
        return new Caller(actor, header(request, Caller.REASON_HEADER));
    }

    private static String header(NativeWebRequest request, String name) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UriUtils.decode(value, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException notPercentEncoded) {
            return value.strip();
        }
    }
}
