package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;

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
     * @throws IllegalArgumentException when the method is null or blank, or reserved ({@code rpc.}: JSON-RPC 2.0 keeps
     *         those names for itself, section 4, and a client would take an {@code rpc.subscription} for an item of its
     *         subscriptions), or when the params are a scalar, which JSON-RPC 2.0 does not allow (section 4.2:
     *         "by-position through an Array or by-name through an Object")
     * @throws UncheckedIOException when the application's ObjectMapper cannot write the params
     */
    public byte[] notification(String method, Object params) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("A notification needs a method name, not " + (method == null ? "null"
                    : "\"" + method + "\""));
        }
        if (method.startsWith("rpc.")) {
            throw new IllegalArgumentException("The notification method " + method + " is reserved: JSON-RPC 2.0 keeps"
                    + " names beginning with rpc. for itself (a server's subscription items are rpc.subscription"
                    + " notifications); name it otherwise");
        }
        TokenBuffer written = params == null || params instanceof Map<?, ?> || params instanceof Collection<?>
                ? null
                : structured(method, params);
        return write(generator -> {
            generator.writeStringField("method", method);
            if (written != null) {
                generator.writeFieldName("params");
                written.serialize(generator);
            } else if (params != null) {
                generator.writeFieldName("params");
                mapper.writeValue(generator, params);
            }
        });
    }

    /**
     * The params as the application's mapper writes them, which must be an array or an object: what a type is written
     * as, not the type, decides (a {@code UUID}, a {@code LocalDate}, a class with a {@code @JsonValue} string are
     * scalars too).
     */
    private TokenBuffer structured(String method, Object params) {
        TokenBuffer buffer = new TokenBuffer(mapper, false);
        try {
            mapper.writeValue(buffer, params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonToken first = buffer.firstToken();
        if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("The params of notification " + method + " are " + params
                    + ", a " + params.getClass().getSimpleName() + ": JSON-RPC takes an array or an object (or none),"
                    + " such as List.of(value) or Map.of(\"name\", value)");
        }
        return buffer;
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
