package org.prawat.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryGateway;
import org.mockito.Mockito;

/**
 * A {@link QueryGateway} answering each kind of query with a function the test gives, and keeping
 * every query asked so a test can check what a view asked for (its filters, page, scope). A query
 * without an answer fails, as it would with no handler.
 */
public final class FakeQueries {

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();
    private final List<Object> asked = new ArrayList<>();
    private final QueryGateway gateway = Mockito.mock(QueryGateway.class, invocation -> {
        if (!invocation.getMethod().getName().equals("query")) {
            return null;
        }
        Object query =
                invocation.getArgument(0) instanceof String ? invocation.getArgument(1) : invocation.getArgument(0);
        // A query sent with metadata (an export, a re-read) is answered by its payload.
        if (query instanceof Message<?> message) {
            query = message.getPayload();
        }
        asked.add(query);
        var answer = answers.get(query.getClass());
        if (answer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No answer for " + query));
        }
        try {
            return CompletableFuture.completedFuture(answer.apply(query));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    });

    @SuppressWarnings("unchecked")
    public <Q> FakeQueries answer(Class<Q> type, Function<Q, ?> answer) {
        answers.put(type, query -> answer.apply((Q) query));
        return this;
    }

    public QueryGateway gateway() {
        return gateway;
    }

    /** Every query of {@code type} asked so far, oldest first. */
    public <Q> List<Q> asked(Class<Q> type) {
        return asked.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <Q> Q lastAsked(Class<Q> type) {
        var all = asked(type);
        if (all.isEmpty()) {
            throw new AssertionError("No " + type.getSimpleName() + " was asked");
        }
        return all.get(all.size() - 1);
    }
}
