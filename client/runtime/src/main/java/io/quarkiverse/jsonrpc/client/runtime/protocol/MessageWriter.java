package io.quarkiverse.jsonrpc.client.runtime.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/** Writes JSON-RPC 2.0 requests, notifications and batches with the application's {@code ObjectMapper}. */
public final class MessageWriter {

    /** One message of a batch; {@code id} null for a notification. */
    public record Message(String method, Params params, Long id) {
    }

    private final ObjectMapper mapper;

    public MessageWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A request, or a notification when {@code id} is null. */
    public byte[] message(String method, Params params, Long id) {
        return write(generator -> writeMessage(generator, new Message(method, params, id)));
    }

    /**
     * The params as they are written now, for a message written later: a batch's call, whose arguments may change
     * before the batch is sent (an array, or an object the application goes on using). Params the mapper cannot write
     * are given back as they are: written with the batch, they fail it, as a call that cannot be written fails.
     */
    public Params now(Params params) {
        if (params == null) {
            return null;
        }
        TokenBuffer written = new TokenBuffer(mapper, false);
        try {
            params.write(written, mapper);
        } catch (IOException | RuntimeException e) {
            return params;
        }
        return (generator, ignored) -> written.serialize(generator);
    }

    public byte[] batch(List<Message> messages) {
        return write(generator -> {
            generator.writeStartArray();
            for (Message message : messages) {
                writeMessage(generator, message);
            }
            generator.writeEndArray();
        });
    }

    private void writeMessage(JsonGenerator generator, Message message) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("jsonrpc", "2.0");
        generator.writeStringField("method", message.method());
        if (message.params() != null) {
            generator.writeFieldName("params");
            message.params().write(generator, mapper);
        }
        if (message.id() != null) {
            generator.writeNumberField("id", message.id());
        }
        generator.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    private byte[] write(Body body) {
        ByteArrayBuilder bytes = new ByteArrayBuilder(mapper.getFactory()._getBufferRecycler(), 256);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(bytes)) {
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] result = bytes.toByteArray();
        bytes.release();
        return result;
    }
}
