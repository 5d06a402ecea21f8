package io.quarkiverse.jsonrpc.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * JSON as exact as its text, for the server's params and the client's results. A message read into a tree as Jackson
 * reads one by default holds a floating-point number as a {@code double}: a {@code BigDecimal} param or result would
 * get 17 significant digits of {@code 12345678901234567890.123456789} (and {@code 1e400} would be infinite), where
 * Quarkus REST, reading a body as a stream, gives every digit. So the tree ({@link #readTree}) keeps such numbers as
 * {@code BigDecimal}s, with their scale ({@code 1.50} stays {@code 1.50}), but for a negative zero, which a
 * {@code BigDecimal} cannot hold: {@code -0.0} stays a {@code double}, as a stream would read it into a
 * {@code double} parameter. {@link #read} reads a value from the tree through a parser that
 * tells them as Jackson's streaming parser tells a number it has read from text: a {@code double} to any caller that
 * does not ask for a {@code BigDecimal}, so that an {@code Object} or {@code Map} value still holds {@code Double}s, as
 * it would from a stream.
 */
public final class ExactDecimals {

    private ExactDecimals() {
    }

    /**
     * The reader of a message's tree, for {@link #readTree}: which numbers are {@code BigDecimal}s the parser of
     * {@code readTree} tells, whatever the application's mapper says of floats. It reads a value in the middle of a
     * message too (the params of a request), whatever the mapper says of what follows a value: a mapper failing on
     * trailing tokens would take the rest of the message for them. A member whose value is {@code null} is kept, as
     * binding tells it from one left out.
     */
    public static ObjectReader treeReader(ObjectMapper mapper) {
        return mapper.readerFor(JsonNode.class).without(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonNodeFeature.READ_NULL_PROPERTIES);
    }

    /**
     * The value at the parser's token as a tree, floating-point numbers as {@code BigDecimal}s, as written, but for
     * negative zeros; {@code null} at the end of the input.
     *
     * @param reader made by {@link #treeReader}
     */
    public static JsonNode readTree(ObjectReader reader, JsonParser parser) throws IOException {
        return reader.readTree(new FloatsAsWritten(parser));
    }

    /** A whole message as a tree (see {@link #readTree(ObjectReader, JsonParser)}); {@code null} when it is empty. */
    public static JsonNode readTree(ObjectReader reader, byte[] message) throws IOException {
        try (JsonParser parser = reader.createParser(message)) {
            return readTree(reader, parser);
        }
    }

    /**
     * Checks that the floating-point number at the parser's token is one a {@code BigDecimal} holds: its exponent fits
     * an {@code int} ({@code 1e9999999999} is a short text no decimal holds). Jackson fails such a number with a
     * {@code NumberFormatException} naming {@code java.math.BigDecimal}, which is no {@code IOException}: it would
     * escape whoever reads the message as the failure of a malformed one.
     *
     * @throws JsonParseException when it is not, at the number
     */
    public static void requireDecimal(JsonParser parser) throws IOException {
        try {
            // parsed once: the parser keeps the value for the tree it is read into
            parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonParseException(parser, "A number's exponent is out of range, beyond what a decimal holds",
                    parser.currentTokenLocation());
        }
    }

    /**
     * Reads a value of the reader's type from a part of a message's tree. A {@code null} reads as {@code null}, or as
     * Jackson reads one into a {@code JsonNode}, a {@code NullNode}, or as the empty value of a reference type of the
     * application's modules ({@code Optional.empty()}).
     */
    public static Object read(ObjectReader reader, JsonNode value) throws IOException {
        if (value == null || value.isNull()) {
            if (reader.getValueType().getRawClass() == JsonNode.class) {
                return NullNode.getInstance();
            }
            return reader.getValueType().isReferenceType() ? reader.readValue(NullNode.getInstance()) : null;
        }
        try (JsonParser parser = new AsParsed(reader.treeAsTokens(value))) {
            return reader.readValue(parser);
        }
    }

    /**
     * A message's tokens, each floating-point number told as a {@code BigDecimal}, which is how the tree then holds it,
     * unless it is not a number ({@code NaN}, with {@code ALLOW_NON_NUMERIC_NUMBERS}) or a negative zero: those the
     * tree holds as the {@code double} they are.
     */
    private static final class FloatsAsWritten extends JsonParserDelegate {

        FloatsAsWritten(JsonParser parser) {
            super(parser);
        }

        @Override
        public NumberTypeFP getNumberTypeFP() throws IOException {
            if (delegate.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && !delegate.isNaN() && !negativeZero()) {
                requireDecimal(delegate);
                return NumberTypeFP.BIG_DECIMAL;
            }
            return delegate.getNumberTypeFP();
        }

        /**
         * Read from the text, which holds a number's sign where its {@code BigDecimal} cannot (and once parsed, the
         * parser would give its {@code double} from that), and where {@code -1e-400}, which is not zero, is told apart
         * from the {@code -0.0} its {@code double} is.
         */
        private boolean negativeZero() throws IOException {
            char[] text = delegate.getTextCharacters();
            int start = delegate.getTextOffset();
            int end = start + delegate.getTextLength();
            if (start == end || text[start] != '-') {
                return false;
            }
            for (int i = start + 1; i < end; i++) {
                char c = text[i];
                if (c == 'e' || c == 'E') {
                    break;
                }
                if (c != '0' && c != '.') {
                    return false;
                }
            }
            return true;
        }
    }

    /** A tree's tokens, its {@code BigDecimal}s told as a streaming parser tells the numbers of a text. */
    private static final class AsParsed extends JsonParserDelegate {

        AsParsed(JsonParser tree) {
            super(tree);
        }

        private boolean exactDecimal() throws IOException {
            return delegate.getNumberType() == NumberType.BIG_DECIMAL;
        }

        @Override
        public NumberType getNumberType() throws IOException {
            return exactDecimal() ? NumberType.DOUBLE : delegate.getNumberType();
        }

        @Override
        public NumberTypeFP getNumberTypeFP() throws IOException {
            return exactDecimal() ? NumberTypeFP.UNKNOWN : delegate.getNumberTypeFP();
        }

        @Override
        public Number getNumberValue() throws IOException {
            return exactDecimal() ? (Number) delegate.getDoubleValue() : delegate.getNumberValue();
        }

        @Override
        public Object getNumberValueDeferred() throws IOException {
            return exactDecimal() ? delegate.getText() : delegate.getNumberValueDeferred();
        }
    }
}
