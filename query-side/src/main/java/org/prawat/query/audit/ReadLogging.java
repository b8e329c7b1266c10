package org.prawat.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryMessage;
import org.prawat.api.MetaDataKeys;
import org.prawat.infra.security.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every opening of a case file, search and export in the read log before the query is
 * answered, on the query bus so that every channel (views, HTTP API, the application's own work) is
 * covered without each caller remembering to. A refused or failing read is recorded too: it was
 * attempted. The reader is the actor of the current thread (the query bus answers on the sender's
 * thread); failing that, whoever the query's metadata names.
 */
class ReadLogging implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

    static final String UNKNOWN = "unknown";

    private static final String INSERT = "INSERT INTO read_log (account, acting_role, channel, read_kind, query_type,"
            + " employee_id, search_text, query) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReadLogging(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain) throws Exception {
        var message = unitOfWork.getMessage();
        var metaData = message.getMetaData();
        if (!Boolean.parseBoolean(String.valueOf(metaData.get(MetaDataKeys.REREAD)))) {
            LoggedRead.of(message.getPayload(), metaData.containsKey(MetaDataKeys.EXPORT))
                    .ifPresent(read -> record(message.getPayload(), metaData, read));
        }
        return chain.proceed();
    }

    private void record(Object query, MetaData metaData, LoggedRead read) {
        var actor = CurrentActor.get();
        String account = actor.map(a -> a.account()).orElseGet(() -> text(metaData, MetaDataKeys.ISSUED_BY, UNKNOWN));
        String role = actor.map(a -> a.role().name()).orElseGet(() -> text(metaData, MetaDataKeys.ACTING_ROLE, null));
        jdbc.update(
                INSERT,
                account,
                role,
                text(metaData, MetaDataKeys.CHANNEL, "application"),
                read.kind().name(),
                query.getClass().getSimpleName(),
                read.employeeId(),
                read.searchText(),
                asJson(query));
    }

    private static String text(MetaData metaData, String key, String otherwise) {
        Object value = metaData.get(key);
        return value == null ? otherwise : value.toString();
    }

    private String asJson(Object query) {
        try {
            return json.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            return query.toString();
        }
    }
}
