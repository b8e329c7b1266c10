package org.prawat.infra.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Tells Axon that PostgreSQL refused an append because another instance appended to the same case
 * file first (unique violation, SQLSTATE 23505 on aggregate and sequence number). Axon then raises
 * a ConcurrencyException, which the command gateway retries on the new state. Axon's default JDBC
 * resolver only knows {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver
 * never throws: without this the conflict was a non-transient store failure and the command was lost.
 */
@Component
class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
