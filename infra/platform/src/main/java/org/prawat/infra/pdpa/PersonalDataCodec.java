package org.prawat.infra.pdpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts and decrypts the personal fields of one JSON object. A stored personal field is the text
 * {@value #PREFIX} followed by the Base64 of IV and ciphertext of the field's JSON; a field without
 * the prefix was stored before encryption and is read as it is. A field that no longer decrypts
 * (the key destroyed by an erasure) is read as null.
 */
final class PersonalDataCodec {

    static final String PREFIX = "pdpa:v1:";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataCodec.class);
    private static final ObjectMapper TREES = new ObjectMapper();

    private final PersonalDataKeys keys;

    PersonalDataCodec(PersonalDataKeys keys) {
        this.keys = keys;
    }

    void encrypt(ObjectNode object, PersonalFields personal) {
        String owner = object.path(personal.ownerField()).asText(null);
        SecretKey key = null;
        for (String field : personal.fields()) {
            JsonNode value = object.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (key == null) {
                key = keys.findOrCreate(owner);
            }
            byte[] sealed = AesGcm.encrypt(key, json(value), owner + "/" + field);
            object.put(field, PREFIX + Base64.getEncoder().encodeToString(sealed));
        }
    }

    void decrypt(ObjectNode object, PersonalFields personal) {
        String owner = object.path(personal.ownerField()).asText(null);
        var key = owner == null ? null : keys.find(owner).orElse(null);
        for (String field : personal.fields()) {
            JsonNode value = object.get(field);
            if (value != null && value.isTextual() && value.asText().startsWith(PREFIX)) {
                object.set(field, key == null ? NullNode.instance : open(key, value, owner, field));
            }
        }
    }

    private static JsonNode open(SecretKey key, JsonNode value, String owner, String field) {
        try {
            byte[] sealed = Base64.getDecoder().decode(value.asText().substring(PREFIX.length()));
            return TREES.readTree(AesGcm.decrypt(key, sealed, owner + "/" + field));
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            // The key exists yet the value does not open: altered bytes, which the hash chain reports.
            LOG.warn("Personal field {} of {} does not decrypt; read as erased", field, owner);
            return NullNode.instance;
        }
    }

    private static byte[] json(JsonNode value) {
        try {
            return TREES.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
