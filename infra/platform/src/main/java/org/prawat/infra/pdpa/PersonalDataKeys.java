package org.prawat.infra.pdpa;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * One data key per person (table {@code personal_data_keys}, V9). Runs in the caller's
 * transaction: a key created while an event is stored commits or rolls back with that event. Keys
 * are destroyed by the erasure itself (command-side, in the transaction of {@code
 * PersonalDataErased}); from then on {@link #find} answers empty.
 */
public interface PersonalDataKeys {

    /** The person's key, or empty when they have none yet or it was destroyed by an erasure. */
    Optional<SecretKey> find(String employeeId);

    /** The person's key, created on their first personal data. */
    SecretKey findOrCreate(String employeeId);
}
