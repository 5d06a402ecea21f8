package io.quarkiverse.jsonrpc.server.deployment;

import java.util.Collection;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where the Java code says a value may be absent, its schema lets it be {@code null}, as Jackson writes it: an
 * {@code Optional}, {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble} (empty is written {@code null}) and
 * anything annotated with an annotation named {@code Nullable}
 * (see {@link NullableAnnotations}). Any other reference type is described as present, as OpenAPI and JSON
 * Schema generators do by default: the schema says what a value is, the annotation says it may be missing.
 */
final class NullableSchemas {

    private NullableSchemas() {
    }

    /** Whether a value of this type, with these annotations, may be written {@code null}. */
    static boolean nullable(Type type, Collection<AnnotationInstance> annotations) {
        DotName name = type.name();
        return name.equals(DotNames.OPTIONAL) || name.equals(DotNames.OPTIONAL_INT) || name.equals(DotNames.OPTIONAL_LONG)
                || name.equals(DotNames.OPTIONAL_DOUBLE) || NullableAnnotations.present(type.annotations())
                || NullableAnnotations.present(annotations);
    }

    /** The schema, letting {@code null} through too: a type list, a {@code null} in an enum, or an {@code anyOf}. */
    static ObjectNode allowingNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (schema.isEmpty() || type != null && "null".equals(type.asText())) {
            return schema; // anything, null included; or null only (Void, Kotlin's Nothing?)
        }
        if (type != null && type.isTextual() && !schema.has("$ref")) {
            schema.putArray("type").add(type.asText()).add("null");
            if (schema.get("enum") instanceof ArrayNode values) {
                values.addNull();
            }
            return schema;
        }
        ObjectNode either = JsonNodeFactory.instance.objectNode();
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return either;
    }
}
