package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A request id kept as the client wrote it, so that numbers beyond 2^53 and fractions are echoed digit for digit.
 */
public record RequestId(Kind kind, String text) {

    public enum Kind {
        STRING,
        NUMBER,
        NULL
    }

    public static final RequestId NULL = new RequestId(Kind.NULL, null);

    public static RequestId string(String text) {
        return new RequestId(Kind.STRING, text);
    }

    public static RequestId number(String text) {
        return new RequestId(Kind.NUMBER, text);
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    void write(JsonGenerator generator) throws IOException {
        switch (kind) {
            case STRING -> generator.writeString(text);
            // written as read: re-encoding a parsed double would change 1.10 into 1.1
            case NUMBER -> writeProtocolNumber(generator, text);
            case NULL -> generator.writeNull();
        }
    }

    /**
     * A number of the protocol's own (an id, an error code) as the JSON number it is, whatever the application's
     * mapper does with the numbers of its values: one that writes them as strings ({@code WRITE_NUMBERS_AS_STRINGS},
     * for JavaScript clients) still writes its results so, but an id must come back as it was sent and a code is a
     * number (JSON-RPC 2.0, section 5).
     */
    static void writeProtocolNumber(JsonGenerator generator, String number) throws IOException {
        generator.writeRawValue(number);
    }

    /**
     * Whether a number's text is one JSON allows (RFC 8259, section 6): a parser the application configured leniently
     * also reads {@code NaN}, {@code +1}, {@code .5}, {@code 1.} or {@code 01}, which an id written back as read would
     * make an answer that is not JSON.
     */
    static boolean isJsonNumber(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        if (i >= length) {
            return false;
        }
        if (text.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < length && text.charAt(i) == '.') {
            int start = ++i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(text, i);
            if (i == start) {
                return false;
            }
        }
        return i == length;
    }

    private static int digits(String text, int i) {
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The id as a Java value: {@code String}, {@code Long}, {@code BigInteger}, {@code BigDecimal} or {@code null}. */
    public Object value() {
        return switch (kind) {
            case STRING -> text;
            case NULL -> null;
            case NUMBER -> numberValue();
        };
    }

    private Object numberValue() {
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return new BigDecimal(text);
        }
        // at most 18 digits always fit a long: the ids clients use are read without a BigInteger
        if (text.length() - (text.charAt(0) == '-' ? 1 : 0) <= 18) {
            return Long.parseLong(text);
        }
        BigInteger integer = new BigInteger(text);
        return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
    }

    @Override
    public String toString() {
        return kind == Kind.STRING ? '"' + text + '"' : String.valueOf(text);
    }
}
