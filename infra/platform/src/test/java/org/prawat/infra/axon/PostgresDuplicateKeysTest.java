package org.prawat.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class PostgresDuplicateKeysTest {

    private final PostgresDuplicateKeys resolver = new PostgresDuplicateKeys();

    @Test
    void a_unique_violation_deep_in_the_causes_is_a_duplicate_key() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(resolver.isDuplicateKeyViolation(
                        new DataIntegrityViolationException("append failed", new RuntimeException(duplicate))))
                .isTrue();
    }

    @Test
    void other_integrity_violations_and_plain_failures_are_not() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("foreign key", "23503")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("no state")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("boom")))
                .isFalse();
    }
}
