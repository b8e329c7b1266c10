package org.prawat.infra.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.prawat.api.MetaDataKeys;

/**
 * Writes who sends a command or query into its metadata, from the server's own knowledge of the
 * current actor ({@link CurrentActor}), over whatever the caller put there; a reason given stays.
 * Events inherit both keys as correlation data, so an auditor sees who acted and in which role.
 */
public final class ActorStamp<T extends Message<?>> implements MessageDispatchInterceptor<T> {

    private static final Set<String> WHO = Set.of(MetaDataKeys.ISSUED_BY, MetaDataKeys.ACTING_ROLE);

    @Override
    @SuppressWarnings("unchecked") // a command stays a command, a query a query: andMetaData keeps the type
    public BiFunction<Integer, T, T> handle(List<? extends T> messages) {
        return (index, message) -> {
            var withoutClaims = (T) message.withMetaData(message.getMetaData().withoutKeys(WHO));
            return CurrentActor.get()
                    .map(actor -> (T) withoutClaims.andMetaData(Map.of(
                            MetaDataKeys.ISSUED_BY, actor.account(),
                            MetaDataKeys.ACTING_ROLE, actor.role().name())))
                    .orElse(withoutClaims);
        };
    }
}
