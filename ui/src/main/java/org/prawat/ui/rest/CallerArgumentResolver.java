package org.prawat.ui.rest;

import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.util.UriUtils;

/**
 * Supplies a {@link Caller} parameter from the request headers, or refuses the request without one.
 * Header values are percent-decoded as UTF-8: HTTP headers carry no Thai text as it is.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Caller resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        String user = header(request, Caller.USER_HEADER);
        if (user == null) {
            throw new MissingCaller();
        }
        return new Caller(user, header(request, Caller.REASON_HEADER));
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
