package io.quarkiverse.jsonrpc.server.deployment;

import java.math.BigDecimal;
import java.util.Collection;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Bean Validation constraints of a parameter, property or type argument, written into its JSON Schema as the
 * keywords every validator knows: {@code @Min}/{@code @Max} and their kin as {@code minimum}/{@code maximum}
 * (tightening a Java type's own range), {@code @Size}/{@code @NotEmpty}/{@code @NotBlank} as lengths or item counts,
 * {@code @Pattern} as {@code pattern}, {@code @Email} as {@code format: email}. A keyword that does not apply to the
 * schema's type is left out, as Bean Validation ignores it there; a {@code $ref} gets none (draft 7 ignores its
 * siblings). Read from Jandex by name: the build runs the same without Bean Validation.
 */
final class ConstraintSchemas {

    private ConstraintSchemas() {
    }

    /** Whether the constraints forbid {@code null}: the property is then {@code required}. */
    static boolean required(Collection<AnnotationInstance> annotations) {
        for (AnnotationInstance annotation : annotations) {
            DotName name = annotation.name();
            if (name.equals(DotNames.NOT_NULL) || name.equals(DotNames.NOT_BLANK) || name.equals(DotNames.NOT_EMPTY)) {
                return true;
            }
        }
        return false;
    }

    static void apply(ObjectNode schema, Collection<AnnotationInstance> annotations) {
        if (schema == null || annotations.isEmpty() || schema.has("$ref")) {
            return;
        }
        String type = schema.path("type").asText("");
        for (AnnotationInstance annotation : annotations) {
            apply(schema, type, annotation);
        }
    }

    private static void apply(ObjectNode schema, String type, AnnotationInstance annotation) {
        DotName name = annotation.name();
        boolean numeric = type.equals("integer") || type.equals("number");
        if (numeric) {
            if (name.equals(DotNames.MIN)) {
                tighten(schema, "minimum", BigDecimal.valueOf(annotation.value().asLong()), true);
            } else if (name.equals(DotNames.MAX)) {
                tighten(schema, "maximum", BigDecimal.valueOf(annotation.value().asLong()), false);
            } else if (name.equals(DotNames.DECIMAL_MIN)) {
                tighten(schema, inclusive(annotation) ? "minimum" : "exclusiveMinimum",
                        new BigDecimal(annotation.value().asString()), true);
            } else if (name.equals(DotNames.DECIMAL_MAX)) {
                tighten(schema, inclusive(annotation) ? "maximum" : "exclusiveMaximum",
                        new BigDecimal(annotation.value().asString()), false);
            } else if (name.equals(DotNames.POSITIVE)) {
                tighten(schema, "exclusiveMinimum", BigDecimal.ZERO, true);
            } else if (name.equals(DotNames.POSITIVE_OR_ZERO)) {
                tighten(schema, "minimum", BigDecimal.ZERO, true);
            } else if (name.equals(DotNames.NEGATIVE)) {
                tighten(schema, "exclusiveMaximum", BigDecimal.ZERO, false);
            } else if (name.equals(DotNames.NEGATIVE_OR_ZERO)) {
                tighten(schema, "maximum", BigDecimal.ZERO, false);
            }
            return;
        }
        String prefix = switch (type) {
            case "string" -> "Length";
            case "array" -> "Items";
            case "object" -> "Properties";
            default -> null;
        };
        if (prefix == null) {
            return;
        }
        // a byte[] is written as base64: Bean Validation counts its bytes, JSON Schema the characters of their text
        boolean base64 = schema.path("contentEncoding").asText("").equals("base64");
        if (name.equals(DotNames.SIZE)) {
            int min = intValue(annotation, "min", 0);
            int max = intValue(annotation, "max", Integer.MAX_VALUE);
            if (min > 0) {
                tighten(schema, "min" + prefix, base64 ? base64Length(min) : BigDecimal.valueOf(min), true);
            }
            if (max < Integer.MAX_VALUE) {
                tighten(schema, "max" + prefix, base64 ? base64Length(max) : BigDecimal.valueOf(max), false);
            }
        } else if (name.equals(DotNames.NOT_EMPTY)) {
            tighten(schema, "min" + prefix, base64 ? base64Length(1) : BigDecimal.ONE, true);
        } else if (type.equals("string") && !base64) {
            if (name.equals(DotNames.NOT_BLANK)) {
                tighten(schema, "minLength", BigDecimal.ONE, true);
                // at least one character that is not white space: a regex every JSON Schema dialect reads alike;
                // an @Pattern's says more
                if (!schema.has("pattern")) {
                    schema.put("pattern", "\\S");
                }
            } else if (name.equals(DotNames.PATTERN)) {
                // Bean Validation matches the whole value, JSON Schema's pattern anywhere in it: anchored
                schema.put("pattern", "^(?:" + annotation.value("regexp").asString() + ")$");
            } else if (name.equals(DotNames.EMAIL)) {
                schema.put("format", "email");
            }
        }
    }

    /**
     * The length of the padded base64 text of so many bytes, as Jackson writes it: four characters for each three bytes
     * begun. As a bound it is as tight as a length can be and refuses no array Bean Validation accepts (two bytes and
     * one both take four characters).
     */
    private static BigDecimal base64Length(int bytes) {
        return BigDecimal.valueOf(4 * ((bytes + 2L) / 3));
    }

    private static boolean inclusive(AnnotationInstance annotation) {
        AnnotationValue inclusive = annotation.value("inclusive");
        return inclusive == null || inclusive.asBoolean();
    }

    private static int intValue(AnnotationInstance annotation, String member, int defaultValue) {
        AnnotationValue value = annotation.value(member);
        return value == null ? defaultValue : value.asInt();
    }

    /** Sets a bound, keeping the one already there if it is tighter (a Java type's range, another constraint). */
    private static void tighten(ObjectNode schema, String keyword, BigDecimal value, boolean lower) {
        JsonNode current = schema.get(keyword);
        if (current != null && current.isNumber()) {
            int comparison = value.compareTo(current.decimalValue());
            if (lower ? comparison <= 0 : comparison >= 0) {
                return;
            }
        }
        try {
            // 1000, not 1000.0
            schema.put(keyword, value.longValueExact());
        } catch (ArithmeticException notWhole) {
            schema.put(keyword, value);
        }
    }
}
