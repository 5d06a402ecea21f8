package io.quarkiverse.jsonrpc.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
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
 * Quarkus REST, reading a body as a stream, gives every digit. So the tree keeps such numbers as {@code BigDecimal}s,
 * with their scale ({@code 1.50} stays {@code 1.50}), and {@link #read} reads a value from it through a parser that
 * tells them as Jackson's streaming parser tells a number it has read from text: a {@code double} to any caller that
 * does not ask for a {@code BigDecimal}, so that an {@code Object} or {@code Map} value still holds {@code Double}s, as
 * it would from a stream.
 */
public final class ExactDecimals {

    private ExactDecimals() {
    }

    /** How a message is read: floating-point numbers as {@code BigDecimal}s, as written. */
    public static ObjectReader treeReader(ObjectMapper mapper) {
        return mapper.readerFor(JsonNode.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /**
     * Reads a value of the reader's type from a part of a message's tree. A {@code null} reads as {@code null}, or as
     * the empty value of a reference type of the application's modules ({@code Optional.empty()}).
     */
    public static Object read(ObjectReader reader, JsonNode value) throws IOException {
        if (value == null || value.isNull()) {
            return reader.getValueType().isReferenceType() ? reader.readValue(NullNode.getInstance()) : null;
        }
        try (JsonParser parser = new AsParsed(reader.treeAsTokens(value))) {
            return reader.readValue(parser);
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
