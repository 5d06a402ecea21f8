package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the messages the server sends on its own: notifications, and the notifications of a subscription, in the
 * style of Ethereum's {@code eth_subscribe}:
 *
 * <pre>
 * {"jsonrpc":"2.0","method":"rpc.subscription","params":{"subscription":"…","result":item}}
 * {"jsonrpc":"2.0","method":"rpc.subscription","params":{"subscription":"…","complete":true}}
 * {"jsonrpc":"2.0","method":"rpc.subscription","params":{"subscription":"…","error":{"code":…,"message":…}}}
 * </pre>
 */
public final class NotificationWriter {

    /** The method of every subscription notification. */
    public static final String SUBSCRIPTION_METHOD = "rpc.subscription";

    private final ObjectMapper mapper;

    public NotificationWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws IllegalArgumentException when the params are a scalar, which JSON-RPC 2.0 does not allow (section 4.2:
     *         "by-position through an Array or by-name through an Object")
     * @throws UncheckedIOException when the application's ObjectMapper cannot write the params
     */
    public byte[] notification(String method, Object params) {
        if (params instanceof CharSequence || params instanceof Number || params instanceof Boolean
                || params instanceof Character || params instanceof Enum<?>) {
            throw new IllegalArgumentException("The params of notification " + method + " are " + params
                    + ", a " + params.getClass().getSimpleName() + ": JSON-RPC takes an array or an object (or none),"
                    + " such as List.of(value) or Map.of(\"name\", value)");
        }
        return write(generator -> {
            generator.writeStringField("method", method);
            if (params != null) {
                generator.writeFieldName("params");
                mapper.writeValue(generator, params);
            }
        });
    }

    public byte[] subscriptionItem(String subscriptionId, Object item) {
        return subscription(subscriptionId, generator -> {
            generator.writeFieldName("result");
            mapper.writeValue(generator, item);
        });
    }

    public byte[] subscriptionComplete(String subscriptionId) {
        return subscription(subscriptionId, generator -> generator.writeBooleanField("complete", true));
    }

    public byte[] subscriptionError(String subscriptionId, ErrorObject error) {
        return subscription(subscriptionId, generator -> {
            generator.writeObjectFieldStart("error");
            generator.writeFieldName("code");
            RequestId.writeProtocolNumber(generator, Integer.toString(error.code()));
            generator.writeStringField("message", error.message());
            if (error.data() != null) {
                generator.writeFieldName("data");
                mapper.writeValue(generator, error.data());
            }
            generator.writeEndObject();
        });
    }

    private byte[] subscription(String subscriptionId, Body body) {
        return write(generator -> {
            generator.writeStringField("method", SUBSCRIPTION_METHOD);
            generator.writeObjectFieldStart("params");
            generator.writeStringField("subscription", subscriptionId);
            body.write(generator);
            generator.writeEndObject();
        });
    }

    private byte[] write(Body body) {
        ByteArrayBuilder out = new ByteArrayBuilder(128);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("jsonrpc", "2.0");
            body.write(generator);
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator generator) throws IOException;
    }
}
