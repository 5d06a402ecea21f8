package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The request bytes every implementation is given, and the responses they must all write. */
public final class Requests {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final byte[] SINGLE = bytes("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[42,23],\"id\":1}");
    public static final String SINGLE_RESPONSE = "{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":1}";

    public static final byte[] NAMED = bytes(
            "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"subtrahend\":23,\"minuend\":42},\"id\":3}");
    public static final String NAMED_RESPONSE = "{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":3}";

    public static final byte[] RECORD = bytes(
            "{\"jsonrpc\":\"2.0\",\"method\":\"translate\",\"params\":[{\"x\":1,\"y\":2},{\"x\":3,\"y\":4}],\"id\":4}");
    public static final String RECORD_RESPONSE = "{\"jsonrpc\":\"2.0\",\"result\":{\"x\":4,\"y\":6},\"id\":4}";

    public static final byte[] BATCH = bytes(batch());
    public static final String BATCH_RESPONSE = batchResponse();

    public static final byte[] NOT_FOUND = bytes("{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"params\":[1],\"id\":5}");
    /** The message differs between implementations; code and id do not. */
    public static final String NOT_FOUND_CODE = "-32601";

    private Requests() {
    }

    /** A record parameter and result. */
    public record Point(int x, int y) {
    }

    private static String batch() {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 1; i <= 10; i++) {
            batch.append(i > 1 ? "," : "")
                    .append("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[").append(40 + i)
                    .append(",23],\"id\":").append(i).append('}');
        }
        return batch.append(']').toString();
    }

    private static String batchResponse() {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 1; i <= 10; i++) {
            batch.append(i > 1 ? "," : "")
                    .append("{\"jsonrpc\":\"2.0\",\"result\":").append(17 + i).append(",\"id\":").append(i).append('}');
        }
        return batch.append(']').toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Fails the run when an implementation answers wrongly: a fast wrong answer measures nothing. Members may come in
     * any order.
     */
    public static void check(String name, byte[] actual, String expected) {
        String text = new String(actual, StandardCharsets.UTF_8).trim();
        boolean same;
        try {
            same = JSON.readTree(text).equals(JSON.readTree(expected));
        } catch (IOException e) {
            same = false;
        }
        if (!same) {
            throw new IllegalStateException(name + " answered " + text + ", expected " + expected);
        }
    }

    public static void checkError(String name, byte[] actual) {
        String text = new String(actual, StandardCharsets.UTF_8);
        if (!text.contains("\"code\":" + NOT_FOUND_CODE) || !text.contains("\"id\":5")) {
            throw new IllegalStateException(name + " answered " + text + ", expected error " + NOT_FOUND_CODE);
        }
    }
}
