package org.prawat.infra.pdpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Stands in for the PostgreSQL key table, which the erasure integration test covers. */
class InMemoryPersonalDataKeys implements PersonalDataKeys {

    private final Map<String, SecretKey> keys = new HashMap<>();

    @Override
    public Optional<SecretKey> find(String employeeId) {
        return Optional.ofNullable(keys.get(employeeId));
    }

    @Override
    public SecretKey findOrCreate(String employeeId) {
        return keys.computeIfAbsent(employeeId, id -> AesGcm.newKey());
    }

    void destroy(String employeeId) {
        keys.remove(employeeId);
    }
}
