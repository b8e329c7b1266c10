package org.prawat.ui.audit;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.prawat.api.MetaDataKeys;
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.rest.Caller;
import org.prawat.ui.session.CurrentUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the read log through which channel a query was sent (a view, the HTTP API or the
 * application's own work) and, until sign-in puts the actor in Spring Security's context, who sent
 * it: the account of the Vaadin session or of the HTTP API's caller header.
 */
class ReadChannel implements MessageDispatchInterceptor<QueryMessage<?, ?>> {

    static final String UI = "ui";
    static final String HTTP_API = "http-api";
    static final String APPLICATION = "application";

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
            List<? extends QueryMessage<?, ?>> messages) {
        return (index, message) ->
                message.andMetaData(sender(message.getMetaData().containsKey(MetaDataKeys.ISSUED_BY)));
    }

    private static Map<String, Object> sender(boolean named) {
        var metaData = new HashMap<String, Object>();
        var request = request();
        if (request != null && request.getRequestURI().startsWith("/api/")) {
            metaData.put(MetaDataKeys.CHANNEL, HTTP_API);
            if (!named && CurrentActor.get().isEmpty() && request.getHeader(Caller.USER_HEADER) != null) {
                metaData.put(MetaDataKeys.ISSUED_BY, request.getHeader(Caller.USER_HEADER));
            }
        } else if (VaadinSession.getCurrent() != null) {
            metaData.put(MetaDataKeys.CHANNEL, UI);
            if (!named && CurrentActor.get().isEmpty()) {
                CurrentUser.inSession().ifPresent(user -> {
                    metaData.put(MetaDataKeys.ISSUED_BY, user.account());
                    metaData.put(MetaDataKeys.ACTING_ROLE, user.role().name());
                });
            }
        } else {
            metaData.put(MetaDataKeys.CHANNEL, APPLICATION);
        }
        return metaData;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
