package io.quarkiverse.jsonrpc.server.deployment;

import static io.quarkiverse.jsonrpc.server.deployment.JsonSchemas.type;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas of the JDK and Jackson types that are one JSON value, by class (or primitive) name, as the
 * application's {@code ObjectMapper} writes them: dates as ISO-8601 strings (Quarkus' default), a {@code Duration} as
 * its seconds or as an ISO-8601 string, as {@code quarkus.jackson.write-durations-as-timestamps} says.
 */
final class ScalarSchemas {

    private final boolean durationsAsNumbers;

    /** @param durationsAsNumbers {@code quarkus.jackson.write-durations-as-timestamps}: {@code 7200.0}, not {@code "PT2H"} */
    ScalarSchemas(boolean durationsAsNumbers) {
        this.durationsAsNumbers = durationsAsNumbers;
    }

    /** Types Jackson reads and writes as one JSON value. */
    ObjectNode of(String name) {
        return switch (name) {
            case "boolean", "java.lang.Boolean", "java.util.concurrent.atomic.AtomicBoolean" -> type("boolean");
            case "byte", "java.lang.Byte" -> type("integer").put("minimum", Byte.MIN_VALUE).put("maximum",
                    Byte.MAX_VALUE);
            case "short", "java.lang.Short" -> type("integer").put("minimum", Short.MIN_VALUE).put("maximum",
                    Short.MAX_VALUE);
            // ranges rather than OpenAPI's int32/int64/float/double formats, which JSON Schema validators reject
            case "int", "java.lang.Integer", "java.util.OptionalInt", "java.util.concurrent.atomic.AtomicInteger" ->
                type("integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
            case "long", "java.lang.Long", "java.util.OptionalLong", "java.util.concurrent.atomic.AtomicLong" ->
                type("integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
            case "float", "java.lang.Float", "double", "java.lang.Double", "java.util.OptionalDouble" -> type("number");
            case "java.math.BigDecimal", "java.lang.Number" -> type("number");
            case "java.math.BigInteger" -> type("integer");
            case "char", "java.lang.Character" -> type("string").put("minLength", 1).put("maxLength", 1);
            case "java.lang.String", "java.lang.CharSequence", "java.util.Locale", "java.util.Currency",
                    "java.time.ZoneId", "java.time.ZoneOffset", "java.util.TimeZone", "java.time.YearMonth",
                    "java.time.MonthDay" ->
                type("string");
            case "java.util.UUID" -> type("string").put("format", "uuid");
            case "java.net.URI", "java.net.URL" -> type("string").put("format", "uri");
            case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.util.Date",
                    "java.util.Calendar" ->
                type("string").put("format", "date-time");
            // without an offset, RFC 3339's date-time and time do not apply; a pattern, as no standard format fits
            case "java.time.LocalDateTime" -> type("string").put("pattern",
                    "^[+-]?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            case "java.time.LocalTime" -> type("string").put("pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
            // as Jackson writes it, OffsetTime.toString(): "09:30Z" without seconds, which RFC 3339's time requires
            case "java.time.OffsetTime" -> type("string").put("pattern",
                    "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)$");
            case "java.time.LocalDate", "java.sql.Date" -> type("string").put("format", "date");
            // Jackson reads either form of a Duration, and writes the one configured
            case "java.time.Duration" -> durationsAsNumbers ? type("number") : type("string").put("format", "duration");
            case "java.time.Period" -> type("string").put("format", "duration");
            // written as text where dates are (Quarkus's default), as the other dates here: "2026"; read either way
            case "java.time.Year" -> type("string").put("pattern", "^-?\\d+$");
            case "java.time.DayOfWeek" -> enumOf("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                    "SUNDAY");
            case "java.time.Month" -> enumOf("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
                    "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");
            case "java.lang.Void" -> type("null");
            case "java.lang.Object", "com.fasterxml.jackson.databind.JsonNode", "com.fasterxml.jackson.core.TreeNode" ->
                JsonNodeFactory.instance.objectNode();
            case "com.fasterxml.jackson.databind.node.ObjectNode", "io.vertx.core.json.JsonObject" -> type("object");
            case "com.fasterxml.jackson.databind.node.ArrayNode", "io.vertx.core.json.JsonArray" -> type("array");
            default -> null;
        };
    }

    /**
     * What Jackson writes for a map key of such a type, as JSON Schema's {@code propertyNames}: an integer's digits, a
     * boolean's word, a date's text (a key is its type's text, as the value is where dates are text). {@code null}
     * where a key may be any string, or is written in a form none here says (a number's {@code toString()}).
     */
    ObjectNode ofKey(String name) {
        ObjectNode value = of(name);
        if (value == null) {
            return null;
        }
        return switch (value.path("type").asText()) {
            case "integer" -> JsonNodeFactory.instance.objectNode().put("pattern", "^-?\\d+$");
            case "boolean" -> enumOf("true", "false");
            case "string" -> value.size() > 1 ? value : null;
            default -> null;
        };
    }

    private static ObjectNode enumOf(String... values) {
        ObjectNode schema = type("string");
        var array = schema.putArray("enum");
        for (String value : values) {
            array.add(value);
        }
        return schema;
    }
}
