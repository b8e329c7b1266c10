package org.prawat.ui.audit;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.prawat.api.MetaDataKeys;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the read log through which channel a query was sent: a view, the HTTP API or the
 * application's own work. Who sent it is the signed-in actor, stamped by the server (ActorStamp).
 */
class ReadChannel implements MessageDispatchInterceptor<QueryMessage<?, ?>> {

    static final String UI = "ui";
    static final String HTTP_API = "http-api";
    static final String APPLICATION = "application";

    @Override
    public BiFunction<Integer, QueryMessage<?, ?>, QueryMessage<?, ?>> handle(
            List<? extends QueryMessage<?, ?>> messages) {
        return (index, message) -> message.andMetaData(Map.of(MetaDataKeys.CHANNEL, channel()));
    }

    private static String channel() {
        var request = request();
        if (request != null && request.getRequestURI().startsWith("/api/")) {
            return HTTP_API;
        }
        return VaadinSession.getCurrent() != null ? UI : APPLICATION;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
