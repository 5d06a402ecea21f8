package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schema of a type Jackson reads by a name in one of its properties: {@code @JsonTypeInfo(use = NAME)}, the name in
 * a property ({@code include = PROPERTY}, the default), the subtypes those {@code @JsonSubTypes} lists or, for a sealed
 * type (a Kotlin sealed class among them), those it permits. One schema of each subtype's properties, its name in the
 * type property, {@code oneOf} them. Other kinds of type ids (class names, wrapper objects or arrays) are not described.
 */
final class PolymorphicSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DotName JSON_TYPE_INFO = DotName.createSimple(JsonTypeInfo.class);
    private static final DotName JSON_SUB_TYPES = DotName.createSimple(JsonSubTypes.class);
    private static final DotName JSON_TYPE_NAME = DotName.createSimple(JsonTypeName.class);

    private PolymorphicSchemas() {
    }

    /**
     * @param properties the object schema of one subtype: its properties, its superclasses' included
     * @return {@code oneOf} the subtypes' schemas; {@code null} where the type is not read by a name in a property
     */
    static ObjectNode of(ClassInfo type, IndexView index, Function<ClassInfo, ObjectNode> properties) {
        AnnotationInstance typeInfo = type.declaredAnnotation(JSON_TYPE_INFO);
        if (typeInfo == null || !"NAME".equals(typeInfo.value("use").asEnum())) {
            return null;
        }
        AnnotationValue include = typeInfo.value("include");
        if (include != null && !"PROPERTY".equals(include.asEnum()) && !"EXISTING_PROPERTY".equals(include.asEnum())) {
            return null;
        }
        AnnotationValue property = typeInfo.value("property");
        String typeProperty = property == null || property.asString().isEmpty() ? "@type" : property.asString();
        List<ObjectNode> subtypes = new ArrayList<>();
        AnnotationInstance listed = type.declaredAnnotation(JSON_SUB_TYPES);
        if (listed != null) {
            for (AnnotationInstance subtype : listed.value().asNestedArray()) {
                ClassInfo subclass = index.getClassByName(subtype.value().asClass().name());
                AnnotationValue name = subtype.value("name");
                if (subclass != null) {
                    subtypes.add(named(properties.apply(subclass), typeProperty,
                            name != null && !name.asString().isEmpty() ? name.asString() : typeName(subclass)));
                }
            }
        } else {
            for (DotName permitted : type.permittedSubclasses()) {
                ClassInfo subclass = index.getClassByName(permitted);
                if (subclass != null) {
                    subtypes.add(named(properties.apply(subclass), typeProperty, typeName(subclass)));
                }
            }
        }
        if (subtypes.isEmpty()) {
            return null;
        }
        ObjectNode schema = JSON.objectNode();
        subtypes.forEach(schema.putArray("oneOf")::add);
        return schema;
    }

    /** {@code @JsonTypeName}, else Jackson's default: the class's name without its package. */
    private static String typeName(ClassInfo subclass) {
        AnnotationInstance name = subclass.declaredAnnotation(JSON_TYPE_NAME);
        if (name != null && name.value() != null && !name.value().asString().isEmpty()) {
            return name.value().asString();
        }
        String full = subclass.name().toString();
        return full.substring(full.lastIndexOf('.') + 1);
    }

    /** The subtype's properties with the type property first, required, holding its name. */
    private static ObjectNode named(ObjectNode subtype, String typeProperty, String name) {
        ObjectNode properties = JSON.objectNode();
        properties.putObject(typeProperty).put("const", name);
        if (subtype.get("properties") instanceof ObjectNode own) {
            own.fields().forEachRemaining(field -> {
                if (!field.getKey().equals(typeProperty)) {
                    properties.set(field.getKey(), field.getValue());
                }
            });
        }
        subtype.set("properties", properties);
        var required = JSON.arrayNode().add(typeProperty);
        if (subtype.get("required") != null) {
            subtype.get("required").forEach(r -> {
                if (!r.asText().equals(typeProperty)) {
                    required.add(r);
                }
            });
        }
        subtype.set("required", required);
        return subtype;
    }
}
