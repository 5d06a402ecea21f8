package io.quarkiverse.jsonrpc.server.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import io.quarkus.arc.processor.KotlinUtils;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;

/**
 * The schema of a type Jackson reads by a name in one of its properties: {@code @JsonTypeInfo(use = NAME)} (or
 * {@code SIMPLE_NAME}), the name in
 * a property ({@code include = PROPERTY}, the default), the subtypes those {@code @JsonSubTypes} lists or, for a Kotlin
 * sealed class, those it permits, which jackson-module-kotlin reads. One schema of each subtype's properties, its name in
 * the type property, {@code oneOf} them. Other kinds of type ids (class names, wrapper objects or arrays) are not
 * described.
 * <p>
 * Jackson 2 does not read the classes a Java sealed type permits: without {@code @JsonSubTypes} it refuses every name,
 * and the document does not offer them.
 */
final class PolymorphicSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** What reads the subclasses of a Kotlin sealed class, registered with the application's mapper by quarkus-kotlin. */
    private static final String KOTLIN_MODULE = "com.fasterxml.jackson.module.kotlin.KotlinModule";

    private PolymorphicSchemas() {
    }

    /**
     * @param properties the object schema of one subtype: its properties, its superclasses' included
     * @param warnings where a sealed type read by a name whose subtypes Jackson does not know adds what to do
     * @return {@code oneOf} the subtypes' schemas; {@code null} where the type is not read by a name in a property
     */
    static ObjectNode of(ClassInfo type, IndexView index, Function<ClassInfo, ObjectNode> properties,
            Set<String> warnings) {
        AnnotationInstance typeInfo = type.declaredAnnotation(DotNames.JSON_TYPE_INFO);
        if (typeInfo == null) {
            return null;
        }
        String use = typeInfo.value("use").asEnum();
        AnnotationInstance listed = type.declaredAnnotation(DotNames.JSON_SUB_TYPES);
        boolean permittedRead = KotlinUtils.isKotlinClass(type) && QuarkusClassLoader.isClassPresentAtRuntime(KOTLIN_MODULE);
        if (listed == null && !permittedRead && !type.permittedSubclasses().isEmpty()
                && ("NAME".equals(use) || "SIMPLE_NAME".equals(use))) {
            warnings.add(unlisted(type, use));
        }
        if (!byNameInAProperty(typeInfo)) {
            return null;
        }
        String typeProperty = typeProperty(typeInfo);
        boolean simple = "SIMPLE_NAME".equals(use);
        List<ObjectNode> subtypes = new ArrayList<>();
        if (listed != null) {
            for (AnnotationInstance subtype : listed.value().asNestedArray()) {
                ClassInfo subclass = index.getClassByName(subtype.value().asClass().name());
                if (subclass != null) {
                    subtypes.add(named(properties.apply(subclass), typeProperty, listedName(subtype, subclass, simple)));
                }
            }
        } else if (permittedRead) {
            for (DotName permitted : type.permittedSubclasses()) {
                ClassInfo subclass = index.getClassByName(permitted);
                if (subclass != null) {
                    subtypes.add(named(properties.apply(subclass), typeProperty, typeName(subclass, simple)));
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

    /**
     * The schema of a subtype of a type read by a name in a property, as the declared type of a param or result itself:
     * Jackson reads and writes it with its supertype's {@code @JsonTypeInfo}, and refuses an object without its name.
     *
     * @param properties the subtype's object schema, which gets the type property
     * @return {@code properties} with the name; {@code null} where no supertype is read by a name in a property
     */
    static ObjectNode asSubtype(ClassInfo type, IndexView index, ObjectNode properties) {
        ClassInfo base = annotatedSupertype(type, index);
        if (base == null) {
            return null;
        }
        AnnotationInstance typeInfo = base.declaredAnnotation(DotNames.JSON_TYPE_INFO);
        if (!byNameInAProperty(typeInfo)) {
            return null;
        }
        AnnotationInstance listed = base.declaredAnnotation(DotNames.JSON_SUB_TYPES);
        boolean simple = "SIMPLE_NAME".equals(typeInfo.value("use").asEnum());
        String name = typeName(type, simple);
        if (listed != null) {
            for (AnnotationInstance subtype : listed.value().asNestedArray()) {
                if (subtype.value().asClass().name().equals(type.name())) {
                    name = listedName(subtype, type, simple);
                }
            }
        }
        return named(properties, typeProperty(typeInfo), name);
    }

    /** The nearest supertype with {@code @JsonTypeInfo}, superclasses and interfaces, nearest first, as Jackson looks. */
    private static ClassInfo annotatedSupertype(ClassInfo type, IndexView index) {
        List<DotName> next = new ArrayList<>(type.interfaceNames());
        if (type.superName() != null) {
            next.add(0, type.superName());
        }
        while (!next.isEmpty()) {
            List<DotName> further = new ArrayList<>();
            for (DotName name : next) {
                ClassInfo supertype = index.getClassByName(name);
                if (supertype == null) {
                    continue;
                }
                if (supertype.declaredAnnotation(DotNames.JSON_TYPE_INFO) != null) {
                    return supertype;
                }
                if (supertype.superName() != null) {
                    further.add(supertype.superName());
                }
                further.addAll(supertype.interfaceNames());
            }
            next = further;
        }
        return null;
    }

    /** {@code use = NAME}, or {@code SIMPLE_NAME} (whose names leave out the enclosing classes too). */
    private static boolean byNameInAProperty(AnnotationInstance typeInfo) {
        String use = typeInfo.value("use").asEnum();
        if (!"NAME".equals(use) && !"SIMPLE_NAME".equals(use)) {
            return false;
        }
        AnnotationValue include = typeInfo.value("include");
        return include == null || "PROPERTY".equals(include.asEnum()) || "EXISTING_PROPERTY".equals(include.asEnum());
    }

    private static String typeProperty(AnnotationInstance typeInfo) {
        AnnotationValue property = typeInfo.value("property");
        return property == null || property.asString().isEmpty() ? "@type" : property.asString();
    }

    /** The name {@code @JsonSubTypes.Type} gives the subclass, else its own. */
    private static String listedName(AnnotationInstance subtype, ClassInfo subclass, boolean simple) {
        AnnotationValue name = subtype.value("name");
        return name != null && !name.asString().isEmpty() ? name.asString() : typeName(subclass, simple);
    }

    /** A param of the type is refused whatever name it gives, unless the application's mapper registers its subtypes. */
    private static String unlisted(ClassInfo type, String use) {
        String source = type.name().toString();
        String permitted = type.permittedSubclasses().stream().map(name -> sourceName(name) + ".class").sorted()
                .collect(Collectors.joining(", "));
        String todo = KotlinUtils.isKotlinClass(type)
                ? "add com.fasterxml.jackson.module:jackson-module-kotlin, which reads the subclasses of a sealed class,"
                        + " or list them with @JsonSubTypes"
                : "list them on " + sourceName(type.name()) + " with @JsonSubTypes({" + permitted + "})";
        return "The sealed type " + source + " is read by a type name (@JsonTypeInfo(use = " + use + ")), but Jackson"
                + " does not look for the classes it permits: a JSON-RPC param of it is refused whatever name it gives,"
                + " and the OpenRPC document does not list them; " + todo
                + ", or register them on the application's ObjectMapper";
    }

    /** As the source writes it: Outer.Inner, not the binary Outer$Inner. */
    private static String sourceName(DotName name) {
        return name.withoutPackagePrefix().replace('$', '.');
    }

    /**
     * {@code @JsonTypeName}, else Jackson's default: the class's name without its package ({@code Outer$Inner}), or,
     * for {@code SIMPLE_NAME}, without its enclosing classes too ({@code Inner}).
     */
    private static String typeName(ClassInfo subclass, boolean simple) {
        AnnotationInstance name = subclass.declaredAnnotation(DotNames.JSON_TYPE_NAME);
        if (name != null && name.value() != null && !name.value().asString().isEmpty()) {
            return name.value().asString();
        }
        String full = subclass.name().toString();
        return full.substring((simple ? Math.max(full.lastIndexOf('.'), full.lastIndexOf('$')) : full.lastIndexOf('.'))
                + 1);
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
