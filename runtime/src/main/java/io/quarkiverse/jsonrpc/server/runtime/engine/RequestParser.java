package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.common.json.ExactDecimals;

/**
 * Reads a message into requests. The envelope is read token by token, so that the id keeps its exact text and a
 * request is judged only once the whole message is known to be well-formed JSON; params are read as a tree with the
 * application's ObjectMapper (its read constraints apply: the token count bounds the nodes a message makes).
 */
final class RequestParser {

    /**
     * A message: one request, or the members of a batch.
     *
     * @param requests the request, or the members of the batch; none when the batch has more than the limit
     * @param size how many members the batch has, counted to its end even past the limit; 1 for a single request
     */
    record Message(List<Request> requests, boolean batch, int size) {
    }

    /** Reads eight bytes of a message at once, in the platform's order: only whether one is 0xFF matters. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final ObjectMapper mapper;
    /** Made once: the mapper's own readTree resolves the type of a tree for every call. */
    private final ObjectReader treeReader;
    /** The most members of a batch read into requests: a larger batch is refused whole, its members only counted. */
    private final int maxBatchSize;
    /** The values of the read limits the configuration sets: a limit passed is named by its property when it is one. */
    private final Map<ReadLimit, Long> readLimits;

    RequestParser(ObjectMapper mapper, int maxBatchSize, Map<ReadLimit, Long> readLimits) {
        this.mapper = mapper;
        this.treeReader = ExactDecimals.treeReader(mapper);
        this.maxBatchSize = maxBatchSize;
        this.readLimits = readLimits;
    }

    /** @throws IOException when the message is not well-formed JSON: a parse error */
    Message parse(byte[] bytes) throws IOException {
        try (JsonParser parser = mapper.createParser(bytes)) {
            Message message;
            try {
                message = read(parser);
            } catch (IOException e) {
                throw firstFault(e, parser, bytes);
            }
            if (parser instanceof UTF8StreamJsonParser) {
                requireNoFF(bytes, bytes.length);
            }
            return message;
        }
    }

    /** The error of a message Jackson stopped reading: a 0xFF before where it stopped, or Jackson's own. */
    private IOException firstFault(IOException e, JsonParser parser, byte[] bytes) throws IOException {
        if (parser instanceof UTF8StreamJsonParser) {
            requireNoFF(bytes, stoppedAt(parser, bytes.length));
        }
        return e instanceof StreamConstraintsException limit ? described(limit, parser) : e;
    }

    /** Jackson reports a limit passed without a location: it is the value the parser was reading. */
    private StreamConstraintsException described(StreamConstraintsException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        String described = ReadLimit.describe(e, parser.streamReadConstraints(), readLimits);
        return new StreamConstraintsException(described != null ? described : e.getOriginalMessage(), location);
    }

    private static int stoppedAt(JsonParser parser, int length) {
        long offset = parser.currentLocation().getByteOffset();
        return offset < 0 ? length : (int) Math.min(offset, length);
    }

    /**
     * UTF-8 never has the byte 0xFF, and Jackson's parser of UTF-8 must not see it in a member name: it pads the last
     * four bytes of a name with 0xFF to look it up among the names it has read, and checks a name's UTF-8 only when it
     * is new, so that {@code "meth\xFFod"} is taken for {@code "method"} once that was read, and {@code "\xFFid"} for
     * {@code "id"}. Checked in longs, after Jackson has read the message (its first {@code end} bytes where it stopped
     * on an error): a message is mostly ASCII, and has no 0xFF at all.
     */
    private static void requireNoFF(byte[] bytes, int end) throws IOException {
        int i = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            // a byte of the word is 0xFF where the same byte of its complement is 0 (Hacker's Delight, 6-1)
            long inverted = ~word;
            if (((inverted - 0x0101010101010101L) & word & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < end; i++) {
            if (bytes[i] == (byte) 0xff) {
                throw new InvalidByteException(bytes, i);
            }
        }
    }

    private Message read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new EmptyMessageException();
        }
        Message message;
        if (token == JsonToken.START_ARRAY) {
            // a batch over the limit is refused whole: past the limit its members are skipped and counted, not
            // kept (a 10 MB body holds 5,000,000 of them), while the rest is still read for a parse error
            List<Request> requests = new ArrayList<>();
            int size = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (++size <= maxBatchSize) {
                    requests.add(readRequest(parser, token));
                } else {
                    requests = List.of();
                    parser.skipChildren();
                }
            }
            message = new Message(requests, true, size);
        } else {
            message = new Message(List.of(readRequest(parser, token)), false, 1);
        }
        if (parser.nextToken() != null) {
            throw new TrailingContentException(parser);
        }
        return message;
    }

    private Request readRequest(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return Request.invalid(JsonRpcVersion.V2, null, "A request must be a JSON object, not " + JsonKinds.of(token));
        }
        Members members = new Members(treeReader);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            members.read(field, parser.nextToken(), parser);
        }
        return members.request();
    }

    /**
     * The members of one request object, as they are read. A member given twice counts with its last value, as Jackson
     * reads an object's members: its first value's problem goes with it. Of the problems left, the one found last is
     * reported.
     */
    private static final class Members {

        private final ObjectReader treeReader;
        /** A {@code jsonrpc} member other than {@code "1.0"}: the request is 2.0, or invalid. */
        private boolean hasVersion;
        private boolean hasMethod;
        private String versionProblem;
        private String paramsProblem;
        private String idProblem;
        /** When each member's problem was found, counted in members read: the latest is reported. */
        private int versionProblemAt;
        private int paramsProblemAt;
        private int idProblemAt;
        private int membersRead;
        private String method;
        private RequestId id;
        private JsonNode params;
        private boolean paramsNull;

        Members(ObjectReader treeReader) {
            this.treeReader = treeReader;
        }

        void read(String field, JsonToken token, JsonParser parser) throws IOException {
            membersRead++;
            switch (field) {
                case "jsonrpc" -> readVersion(token, parser);
                case "method" -> readMethod(token, parser);
                case "params" -> readParams(token, parser);
                case "id" -> readId(token, parser);
                default -> parser.skipChildren();
            }
        }

        /**
         * 1.0 has no {@code jsonrpc} member, but clients of 1.0 servers that send {@code "jsonrpc": "1.0"} are common
         * (Bitcoin Core's documentation shows it, and Bitcoin Core answers it in 1.0): such a request is a 1.0 one.
         */
        private void readVersion(JsonToken token, JsonParser parser) throws IOException {
            String version = token == JsonToken.VALUE_STRING ? parser.getText() : null;
            hasVersion = !"1.0".equals(version);
            versionProblem = hasVersion && !"2.0".equals(version)
                    ? "'jsonrpc' must be \"2.0\" (or \"1.0\", or absent, for JSON-RPC 1.0)"
                    : null;
            versionProblemAt = membersRead;
            parser.skipChildren();
        }

        private void readMethod(JsonToken token, JsonParser parser) throws IOException {
            hasMethod = true;
            if (token == JsonToken.VALUE_STRING) {
                method = parser.getText();
            } else {
                method = null;
                parser.skipChildren();
            }
        }

        private void readParams(JsonToken token, JsonParser parser) throws IOException {
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                params = ExactDecimals.readTree(treeReader, parser);
                paramsNull = false;
                paramsProblem = null;
            } else {
                params = null;
                paramsNull = token == JsonToken.VALUE_NULL;
                paramsProblem = paramsNull ? null : "'params' must be an array or an object, not " + JsonKinds.of(token);
                paramsProblemAt = membersRead;
            }
        }

        private void readId(JsonToken token, JsonParser parser) throws IOException {
            idProblem = null;
            idProblemAt = membersRead;
            id = switch (token) {
                case VALUE_STRING -> RequestId.string(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    String number = parser.getText();
                    if (RequestId.isJsonNumber(number)) {
                        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                            // the id is given to the method as a BigDecimal: JsonRpcContext#requestId
                            ExactDecimals.requireDecimal(parser);
                        }
                        yield RequestId.number(number);
                    }
                    idProblem = "'id' must be a number as JSON writes it, not " + number;
                    yield null;
                }
                case VALUE_NULL -> RequestId.NULL;
                default -> {
                    parser.skipChildren();
                    idProblem = "'id' must be a string, a number or null, not " + JsonKinds.of(token);
                    yield null;
                }
            };
        }

        Request request() {
            // Without "jsonrpc", or with "1.0", a request is 1.0; something that is not a request at all ({"foo": "boo"}) is answered
            // in 2.0 form, as the specification's examples do.
            JsonRpcVersion version = hasVersion || !hasMethod ? JsonRpcVersion.V2 : JsonRpcVersion.V1;
            String problem = latestProblem();
            if (problem == null && method == null) {
                problem = "'method' must be a string";
            }
            if (problem == null && paramsNull && version == JsonRpcVersion.V2) {
                problem = "'params' must be an array or an object, not null";
            }
            if (problem != null) {
                return Request.invalid(version, id, problem);
            }
            return new Request(version, id, method, params, null);
        }

        private String latestProblem() {
            String latest = null;
            int at = -1;
            if (versionProblem != null) {
                latest = versionProblem;
                at = versionProblemAt;
            }
            if (paramsProblem != null && paramsProblemAt > at) {
                latest = paramsProblem;
                at = paramsProblemAt;
            }
            if (idProblem != null && idProblemAt > at) {
                latest = idProblem;
            }
            return latest;
        }
    }

    static final class EmptyMessageException extends IOException {
        EmptyMessageException() {
            super("The message is empty", null);
        }
    }

    /** As Jackson says it of a value's 0xFF, with where it is, lines and columns counted in bytes as Jackson does. */
    static final class InvalidByteException extends IOException {
        InvalidByteException(byte[] bytes, int at) {
            super("Invalid UTF-8 start byte 0xff (line " + (1 + count(bytes, at)) + ", column "
                    + (at - lineStart(bytes, at) + 1) + ")", null);
        }

        private static int count(byte[] bytes, int end) {
            int lines = 0;
            for (int i = 0; i < end; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            return lines;
        }

        private static int lineStart(byte[] bytes, int at) {
            int i = at;
            while (i > 0 && bytes[i - 1] != '\n') {
                i--;
            }
            return i;
        }
    }

    static final class TrailingContentException extends IOException {
        TrailingContentException(JsonParser parser) {
            super("Unexpected content after the end of the JSON value (line " + parser.currentLocation().getLineNr()
                    + ", column " + parser.currentLocation().getColumnNr() + ")", null);
        }
    }
}
