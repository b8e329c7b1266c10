package org.prawat.infra.pdpa;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TreeTraversingParser;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * Jackson module of the event serializer: a record with {@link org.prawat.api.pdpa.PersonalData}
 * fields is written as usual, then those fields are encrypted with its person's key; on reading
 * they are decrypted (null once the key is destroyed) before the record is built.
 */
public class PersonalDataModule extends SimpleModule {

    private static final ObjectMapper TREES = new ObjectMapper();

    public PersonalDataModule(PersonalDataKeys keys) {
        super("prawat-personal-data");
        var codec = new PersonalDataCodec(keys);
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(
                    SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                return PersonalFields.of(bean.getBeanClass())
                        .<JsonSerializer<?>>map(fields -> new Encrypting(serializer, fields, codec))
                        .orElse(serializer);
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                return PersonalFields.of(bean.getBeanClass())
                        .<JsonDeserializer<?>>map(fields -> new Decrypting(deserializer, fields, codec))
                        .orElse(deserializer);
            }
        });
    }

    private static final class Encrypting extends StdSerializer<Object> implements ResolvableSerializer {

        private final JsonSerializer<Object> plain;
        private final PersonalFields fields;
        private final PersonalDataCodec codec;

        @SuppressWarnings("unchecked")
        Encrypting(JsonSerializer<?> plain, PersonalFields fields, PersonalDataCodec codec) {
            super(Object.class);
            this.plain = (JsonSerializer<Object>) plain;
            this.fields = fields;
            this.codec = codec;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            var buffer = new TokenBuffer(gen.getCodec(), false);
            plain.serialize(value, buffer, provider);
            ObjectNode object = TREES.readTree(buffer.asParser());
            codec.encrypt(object, fields);
            TREES.writeTree(gen, object);
        }
    }

    private static final class Decrypting extends DelegatingDeserializer {

        private final PersonalFields fields;
        private final PersonalDataCodec codec;

        Decrypting(JsonDeserializer<?> plain, PersonalFields fields, PersonalDataCodec codec) {
            super(plain);
            this.fields = fields;
            this.codec = codec;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Decrypting(newDelegatee, fields, codec);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var tree = context.readTree(parser);
            if (tree instanceof ObjectNode object) {
                codec.decrypt(object, fields);
            }
            var decrypted = new TreeTraversingParser(tree, parser.getCodec());
            decrypted.nextToken();
            return _delegatee.deserialize(decrypted, context);
        }
    }
}
