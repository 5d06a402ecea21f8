package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile messages for the engine, from a fixed seed: the same seed gives the same messages, so a failure replays.
 * Valid requests of every shape (2.0, 1.0, batches, notifications) broken byte by byte, and valid envelopes whose
 * members and params take the values a careless or malicious client sends: numbers no Java type holds, lone
 * surrogates, duplicate members, nesting, every JSON type where another is due.
 */
final class HostileMessages {

    /** Valid messages, calling the methods of {@link HostileInputFuzzTest}'s engine. */
    static final List<String> VALID = List.of(
            "{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[42],\"id\":1}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"decimal\",\"params\":{\"value\":1.10},\"id\":\"a\"}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"point\",\"params\":[{\"x\":1,\"y\":2}],\"id\":-7}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"longs\",\"params\":[[1,2,3]]}",
            "{\"method\":\"string\",\"params\":[\"h\\u00e9\"],\"id\":2}",
            "{\"jsonrpc\":\"1.0\",\"method\":\"long\",\"params\":[5],\"id\":3}",
            "{\"method\":\"int\",\"params\":[1],\"id\":null}",
            "[{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1],\"id\":1},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"string\",\"params\":[\"x\"]},"
                    + "{\"jsonrpc\":\"2.0\",\"method\":\"context\",\"id\":\"c\"}]",
            "{\"jsonrpc\":\"2.0\",\"method\":\"date\",\"params\":[\"2026-12-06\"],\"id\":9007199254740993}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[1,2,3],\"id\":1.5}");

    /** Values no parameter type should fail on but with -32602. */
    static final List<String> VALUES = List.of("0", "-0", "1", "-1", "1.5", "2.0", "1e2", "1E-2", "0e99999999",
            "1e999999", "-1e999999", "1e-999999", "1e9999999999", "1e-9999999999", "1e2147483648",
            "123456789012345678901234567890", "-123456789012345678901234567890", "9223372036854775808",
            "-9223372036854775809", "2147483648", "32768", "128", "256", "65536", "1.7976931348623157e309",
            "4.9e-325", "0.1234567890123456789012345678901234567890", "true", "false", "null", "\"\"", "\"abc\"",
            "\"1\"", "\"1.5\"", "\"1e999999\"", "\"1e9999999999\"", "\"-1e-2147483649\"",
            "\"123456789012345678901234567890\"", "\"0x10\"", "\" 1 \"", "\"1_000\"", "\"NaN\"", "\"Infinity\"",
            "\"-Infinity\"", "\"\\u0000\"",
            "\"\\ud800\"", "\"\\udc00x\\ud800\"", "\"\\ud83d\\udd11\"", "\"2026-13-45\"", "\"2026-02-30T25:61:00Z\"",
            "\"RED\"", "\"red\"", "\"00000000-0000-0000-0000-00000000000g\"", "\"P1Y2X\"", "\"x\"", "[]", "[1]",
            "[null]", "[\"a\"]", "[[[[[[[[[[1]]]]]]]]]]", "{}", "{\"x\":1}", "{\"x\":1,\"x\":\"a\"}",
            "{\"x\":1e999999,\"y\":2}", "{\"x\":null,\"y\":null}", "{\"@class\":\"Runtime\"}",
            "{\"\\ud800\":1}", "{\"\":1}", "{\"a\":{\"b\":{\"c\":[1,{}]}}}");

    static final List<String> IDS = List.of("1", "-1", "0", "1.5", "1e2", "1e999999", "1e9999999999",
            "123456789012345678901234567890", "\"\"", "\"x\"", "\"\\ud800\"", "\"\\u0000\"", "null", "true", "false",
            "[]", "[1]", "{}", "{\"id\":1}");

    static final List<String> VERSIONS = List.of("\"2.0\"", "\"2.0 \"", "\" 2.0\"", "\"2\"", "\"2.00\"", "\"1.0\"",
            "\"1.0 \"", "\"3.0\"", "\"\"", "\"2.0\\u0000\"", "2.0", "2", "null", "true", "[\"2.0\"]", "{}");

    static final List<String> PARAMS = List.of("[]", "{}", "null", "1", "\"a\"", "true", "[[]]", "[{}]",
            "{\"value\":1,\"value\":2}", "{\"nope\":1}", "{\"\":1}", "[1,2,3,4,5,6,7,8,9,10]");

    static final List<String> METHODS = List.of("\"int\"", "\"\"", "\"rpc.unsubscribe\"", "\"rpc.discover\"",
            "\"rpc.\"", "\"\\u0000\"", "\"\\ud800\"", "\"int \"", "\"INT\"", "1", "null", "true", "[]", "{}",
            "[\"int\"]");

    private static final byte[] INTERESTING = "{}[]\",:\\0-eE.tfn \u0000".getBytes(StandardCharsets.UTF_8);
    private static final byte[][] NOT_UTF8 = { { (byte) 0xff }, { (byte) 0x80 }, { (byte) 0xc0, (byte) 0x80 },
            { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, { (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
            { (byte) 0xe2, (byte) 0x82 } };

    private final Random random;

    HostileMessages(long seed) {
        this.random = new Random(seed);
    }

    /** Every message, in a fixed order. */
    List<byte[]> all(List<String> methods, int mutations) {
        List<byte[]> messages = new ArrayList<>();
        for (String method : methods) {
            for (String value : VALUES) {
                messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[" + value
                        + "],\"id\":1}"));
                messages.add(utf8("{\"method\":\"" + method + "\",\"params\":{\"value\":" + value + "},\"id\":\"n\"}"));
            }
        }
        envelopes(messages);
        special(messages);
        for (int i = 0; i < mutations; i++) {
            messages.add(mutated(utf8(VALID.get(random.nextInt(VALID.size())))));
        }
        return messages;
    }

    private void envelopes(List<byte[]> messages) {
        for (String id : IDS) {
            messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"context\",\"id\":" + id + "}"));
            messages.add(utf8("{\"method\":\"context\",\"params\":[],\"id\":" + id + "}"));
            messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":" + id + "}"));
        }
        for (String version : VERSIONS) {
            messages.add(utf8("{\"jsonrpc\":" + version + ",\"method\":\"int\",\"params\":[1],\"id\":1}"));
        }
        for (String params : PARAMS) {
            for (String method : List.of("int", "context", "rpc.discover", "rpc.unsubscribe", "sum", "optional")) {
                messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params
                        + ",\"id\":1}"));
                messages.add(utf8("{\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":1}"));
            }
        }
        for (String method : METHODS) {
            messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":" + method + ",\"id\":1}"));
        }
        // duplicate members: the last counts, as Jackson reads an object
        messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"method\":1,\"params\":[1],\"id\":1}"));
        messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":1,\"method\":\"int\",\"params\":[1],\"id\":1}"));
        messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1],\"id\":1,\"id\":[]}"));
        messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1],\"id\":{},\"id\":2}"));
        messages.add(utf8("{\"jsonrpc\":\"2.0\",\"jsonrpc\":\"1.1\",\"method\":\"int\",\"params\":[1],\"id\":1}"));
        messages.add(utf8("{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":1,\"params\":[1],\"id\":1}"));
    }

    private static void special(List<byte[]> messages) {
        String call = VALID.get(0);
        for (String message : List.of("", " ", "\n\t ", "null", "true", "1", "\"x\"", "[]", "[ ]", "{}", "[1]",
                "[1,2,3]", "[null]", "[\"a\",{}]", "[[]]", "[[" + call + "]]", "[" + call + ",[" + call + "]]",
                "[{}]", call + call, call + " x", call + "\u0000", "\u0000" + call, "[" + call + ",]",
                "{\"jsonrpc\":\"2.0\",}", "{\"a\":1}", "[" + call + ",1," + call + "]", "[".repeat(100_000),
                "[".repeat(2_000) + "]".repeat(2_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                "{\"jsonrpc\":\"2.0\",\"method\":\"json\",\"params\":[" + "[".repeat(990) + "]".repeat(990)
                        + "],\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[" + "9".repeat(2_000) + "],\"id\":1}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"int\",\"params\":[1],\"id\":" + "9".repeat(2_000) + "}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"" + "m".repeat(100_000) + "\",\"id\":1}")) {
            messages.add(utf8(message));
        }
        // after many a "method" and "id": Jackson's lookup of names pads with 0xFF, and took these for those
        messages.add(concat(utf8("{\"meth"), concat(new byte[] { (byte) 0xff }, utf8("od\":\"int\",\"id\":1}"))));
        messages.add(concat(utf8("{\"method\":\"int\",\""), concat(new byte[] { (byte) 0xff }, utf8("id\":1}"))));
        messages.add(concat(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, utf8(call)));
        messages.add(concat(new byte[] { (byte) 0xfe, (byte) 0xff }, call.getBytes(StandardCharsets.UTF_16BE)));
        messages.add(call.getBytes(StandardCharsets.UTF_16LE));
        messages.add(call.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
    }

    /** One to three edits of a valid message: cut, flipped, inserted, removed or repeated bytes. */
    private byte[] mutated(byte[] message) {
        byte[] bytes = message;
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(bytes.length + 1);
            bytes = switch (random.nextInt(7)) {
                case 0 -> java.util.Arrays.copyOf(bytes, at);
                case 1 -> at == bytes.length ? bytes : flip(bytes, at);
                case 2 -> insert(bytes, at, new byte[] { INTERESTING[random.nextInt(INTERESTING.length)] });
                case 3 -> insert(bytes, at, NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
                case 4 -> remove(bytes, at, 1 + random.nextInt(4));
                case 5 -> insert(bytes, at, java.util.Arrays.copyOfRange(bytes, at,
                        Math.min(bytes.length, at + 1 + random.nextInt(20))));
                default -> insert(bytes, at, utf8(VALUES.get(random.nextInt(VALUES.size()))));
            };
            if (bytes.length == 0) {
                break;
            }
        }
        return bytes;
    }

    private byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] remove(byte[] bytes, int at, int count) {
        int end = Math.min(bytes.length, at + count);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return insert(second, 0, first);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
