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
            // written raw: re-encoding a parsed double would change 1.10 into 1.1
            case NUMBER -> generator.writeNumber(text);
            case NULL -> generator.writeNull();
        }
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
