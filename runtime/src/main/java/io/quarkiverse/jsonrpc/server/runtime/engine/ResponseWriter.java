package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes responses, in the shape of the request's protocol version, with the application's ObjectMapper. */
final class ResponseWriter {

    private static final Logger LOG = Logger.getLogger(ResponseWriter.class);

    /** Where serializers that Jackson ships live. */
    private static final String STANDARD_SERIALIZERS = "com.fasterxml.jackson.databind.ser.std.";

    private final ObjectMapper mapper;
    /** The largest response written, in bytes. */
    private final int maxResponseSize;
    private static final byte[] V2_RESULT = ascii("{\"jsonrpc\":\"2.0\",\"result\":");
    private static final byte[] V1_RESULT = ascii("{\"result\":");
    private static final byte[] V2_ID = ascii(",\"id\":");
    private static final byte[] V1_ID = ascii(",\"error\":null,\"id\":");

    /** Whether int, long, boolean and String results can be written straight to the generator. */
    private final boolean scalarsWrittenDirectly;
    /**
     * Whether a number or boolean result can skip the generator altogether when its id is a number or a plain ASCII
     * string: the response is then three constant pieces around two ASCII values. Only when the generator would
     * write the very same bytes.
     */
    private final boolean scalarResponsesByHand;

    ResponseWriter(ObjectMapper mapper, int maxResponseSize) {
        this.mapper = mapper;
        this.maxResponseSize = maxResponseSize;
        this.scalarsWrittenDirectly = !mapper.isEnabled(SerializationFeature.WRAP_ROOT_VALUE)
                && hasStandardSerializer(Integer.class) && hasStandardSerializer(Long.class)
                && hasStandardSerializer(Boolean.class) && hasStandardSerializer(String.class);
        this.scalarResponsesByHand = scalarsWrittenDirectly && writesTheSameAsTheGenerator();
    }

    /**
     * @throws TooLargeException when the response would be larger than the limit: it is not written further
     * @throws IOException when the application's ObjectMapper cannot serialize the result
     */
    byte[] result(JsonRpcVersion version, RequestId id, Object result) throws IOException {
        if (scalarResponsesByHand) {
            String value = scalarText(result);
            String idText = value == null ? null : idText(id);
            if (idText != null) {
                byte[] response = byHand(version, idText, value);
                if (response.length > maxResponseSize) {
                    throw new TooLargeException();
                }
                return response;
            }
        }
        try {
            return withGenerator(version, id, result, maxResponseSize);
        } catch (IOException e) {
            // a serializer may have wrapped what the output threw
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLargeException tooLarge) {
                    throw tooLarge;
                }
            }
            throw e;
        }
    }

    /** The id as JSON where it is plain ASCII, quoted if a string; {@code null} where the generator must write it. */
    private static String idText(RequestId id) {
        if (id.kind() == RequestId.Kind.NUMBER) {
            return id.text();
        }
        if (id.kind() == RequestId.Kind.STRING && needsNoEscape(id.text())) {
            return '"' + id.text() + '"';
        }
        return null;
    }

    /** Printable ASCII but the quote and the backslash: what JSON writes as it is. */
    private static boolean needsNoEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** The JSON text of an int, long or boolean result; {@code null} for any other. */
    private static String scalarText(Object result) {
        if (result instanceof Integer || result instanceof Long || result instanceof Boolean) {
            return result.toString();
        }
        return null;
    }

    private static byte[] byHand(JsonRpcVersion version, String id, String value) {
        byte[] head = version == JsonRpcVersion.V2 ? V2_RESULT : V1_RESULT;
        byte[] middle = version == JsonRpcVersion.V2 ? V2_ID : V1_ID;
        byte[] out = new byte[head.length + value.length() + middle.length + id.length() + 1];
        System.arraycopy(head, 0, out, 0, head.length);
        int position = head.length;
        // both ASCII: digits, a sign, a point, an exponent, or true and false
        position = copyAscii(value, out, position);
        System.arraycopy(middle, 0, out, position, middle.length);
        position += middle.length;
        copyAscii(id, out, position);
        out[out.length - 1] = '}';
        return out;
    }

    private static int copyAscii(String text, byte[] out, int position) {
        for (int i = 0; i < text.length(); i++) {
            out[position++] = (byte) text.charAt(i);
        }
        return position;
    }

    /** Checked once: a factory configured otherwise (numbers as strings, unquoted names…) keeps the generator. */
    private boolean writesTheSameAsTheGenerator() {
        try {
            for (JsonRpcVersion version : JsonRpcVersion.values()) {
                for (Object sample : new Object[] { -42, Long.MIN_VALUE, true }) {
                    for (RequestId id : new RequestId[] { RequestId.number("-1.5e3"), RequestId.string("c-1 /x~") }) {
                        if (!Arrays.equals(withGenerator(version, id, sample, Integer.MAX_VALUE),
                                byHand(version, idText(id), scalarText(sample)))) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] withGenerator(JsonRpcVersion version, RequestId id, Object result, int limit) throws IOException {
        BoundedOutput out = new BoundedOutput(limit);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            if (version == JsonRpcVersion.V2) {
                generator.writeStringField("jsonrpc", "2.0");
            }
            generator.writeFieldName("result");
            writeValue(generator, result);
            if (version == JsonRpcVersion.V1) {
                generator.writeNullField("error");
            }
            generator.writeFieldName("id");
            id.write(generator);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    /**
     * Writes a result as the application's mapper does. A scalar that Jackson's own serializer would write as it is
     * goes straight to the generator: the mapper makes a serializer provider for every value, a fifth of a call.
     */
    private void writeValue(JsonGenerator generator, Object result) throws IOException {
        if (scalarsWrittenDirectly) {
            if (result instanceof Integer value) {
                generator.writeNumber(value);
                return;
            }
            if (result instanceof Long value) {
                generator.writeNumber(value);
                return;
            }
            if (result instanceof String value) {
                generator.writeString(value);
                return;
            }
            if (result instanceof Boolean value) {
                generator.writeBoolean(value);
                return;
            }
        }
        mapper.writeValue(generator, result);
    }

    private boolean hasStandardSerializer(Class<?> type) {
        try {
            return mapper.getSerializerProviderInstance().findValueSerializer(type).getClass().getName()
                    .startsWith(STANDARD_SERIALIZERS);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    byte[] error(JsonRpcVersion version, RequestId id, ErrorObject error) {
        try {
            return writeError(version, id, error, true);
        } catch (IOException e) {
            LOG.warnf("The data of error %d could not be serialized, it is left out: %s", error.code(), e.toString());
            try {
                return writeError(version, id, error, false);
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private byte[] writeError(JsonRpcVersion version, RequestId id, ErrorObject error, boolean withData)
            throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(128);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            if (version == JsonRpcVersion.V2) {
                generator.writeStringField("jsonrpc", "2.0");
            } else {
                generator.writeNullField("result");
            }
            generator.writeObjectFieldStart("error");
            generator.writeFieldName("code");
            RequestId.writeProtocolNumber(generator, Integer.toString(error.code()));
            generator.writeStringField("message", error.message());
            if (withData && error.data() != null) {
                generator.writeFieldName("data");
                mapper.writeValue(generator, error.data());
            }
            generator.writeEndObject();
            generator.writeFieldName("id");
            id.write(generator);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    /**
     * The response being written, which stops it when it outgrows the limit: a result too large to send fails after
     * at most the limit and one generator buffer, instead of taking all the memory it would need.
     */
    private static final class BoundedOutput extends OutputStream {

        private final ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        private final int limit;

        BoundedOutput(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(byte[] b, int offset, int length) throws TooLargeException {
            if (length > limit - bytes.size()) {
                throw new TooLargeException();
            }
            bytes.write(b, offset, length);
        }

        @Override
        public void write(int b) throws TooLargeException {
            if (bytes.size() >= limit) {
                throw new TooLargeException();
            }
            bytes.write(b);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** A response larger than the limit: nothing of it is sent. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("The response exceeds the limit");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The responses of a batch as one array; {@code null} when every member was a notification. */
    byte[] batch(List<byte[]> responses) {
        int size = 1;
        int count = 0;
        for (byte[] response : responses) {
            if (response != null) {
                size += response.length + 1;
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        byte[] out = new byte[size];
        out[0] = '[';
        int position = 1;
        for (byte[] response : responses) {
            if (response != null) {
                if (position > 1) {
                    out[position++] = ',';
                }
                System.arraycopy(response, 0, out, position, response.length);
                position += response.length;
            }
        }
        out[position] = ']';
        return out;
    }
}
