package org.prawat.ui.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.util.UriUtils;

/**
 * Supplies a {@link Caller} parameter from the request headers, or refuses the request without one,
 * and a {@link Scope} parameter from {@value Caller#SCOPE_HEADER} (everything when absent).
 * Header values are percent-decoded as UTF-8: HTTP headers carry no Thai text as it is.
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
        if (Scope.class.equals(parameter.getParameterType())) {
            return scope(header(request, Caller.SCOPE_HEADER));
        }
        String user = header(request, Caller.USER_HEADER);
        if (user == null) {
            throw new MissingCaller();
        }
        return new Caller(user, header(request, Caller.REASON_HEADER));
    }

    private static Scope scope(String units) {
        if (units == null) {
            return Scope.everything();
        }
        return Scope.of(Arrays.stream(units.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(OrganisationUnitId::new)
                .toList());
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
