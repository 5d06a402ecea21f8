package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * Params as exact as the request's text. A tree read as Jackson reads one by default holds a floating-point number as
 * a {@code double}: a {@code BigDecimal} param would get 17 significant digits of
 * {@code 12345678901234567890.123456789}, where Quarkus REST, reading a body as a stream, gives every digit. So the
 * params tree keeps such numbers as {@code BigDecimal}s (with their scale: {@code 1.50} stays {@code 1.50}), and
 * {@link #reading} binds a value from it through a parser that tells them as Jackson's streaming parser tells a number
 * it has read from text: a {@code double} to any caller that does not ask for a {@code BigDecimal}, so that an
 * {@code Object} or {@code Map} param still holds {@code Double}s, as it would from a stream.
 */
final class ExactDecimals {

    private ExactDecimals() {
    }

    /** How the params tree is read: floating-point numbers as {@code BigDecimal}s, as written. */
    static ObjectReader treeReader(ObjectReader reader) {
        return reader.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /** Reads a value of the reader's type from a part of the params tree. */
    static Object reading(ObjectReader reader, JsonNode value) throws IOException {
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
            // what a streaming parser says of a number it has not parsed yet
            return exactDecimal() ? NumberTypeFP.UNKNOWN : delegate.getNumberTypeFP();
        }

        @Override
        public Number getNumberValue() throws IOException {
            return exactDecimal() ? (Number) delegate.getDoubleValue() : delegate.getNumberValue();
        }

        @Override
        public Object getNumberValueDeferred() throws IOException {
            // a streaming parser defers a number it has not parsed as its text; a buffer parses it when read
            return exactDecimal() ? delegate.getText() : delegate.getNumberValueDeferred();
        }
    }
}
