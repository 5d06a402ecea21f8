package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ArrayType;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.JacksonTypes;

/**
 * The JSON Schema (draft 7, as OpenRPC uses) of Java types, read from Jandex: what the application's
 * {@code ObjectMapper} reads and writes with Jackson's defaults. Enums, records and other classes become components,
 * referenced with {@code $ref}, so that recursive types end; the rest is inline. A class the index does not know is
 * {@code {}}, any value.
 * <p>
 * Jackson's {@code @JsonProperty} (name, {@code required}) and {@code @JsonIgnore} are honoured (see
 * {@link JacksonProperties}), and a {@code @JsonValue} stands for its class; custom serializers, naming strategies
 * and the other Jackson annotations are not seen. A property that may be absent, {@code Optional} or
 * {@code @Nullable}, may be {@code null} (see {@link NullableSchemas}).
 * A type read by the name in one of its properties is {@code oneOf} its subtypes (see {@link PolymorphicSchemas}).
 */
final class JsonSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final int MAX_DEPTH = 64;

    private static final Set<String> ARRAYS = Set.of("java.lang.Iterable", "java.util.Collection", "java.util.List",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.Queue", "java.util.Deque",
            "java.util.ArrayDeque", "java.util.concurrent.CopyOnWriteArrayList");
    private static final Set<String> SETS = Set.of("java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.SortedSet", "java.util.NavigableSet", "java.util.TreeSet", "java.util.EnumSet");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.SortedMap", "java.util.NavigableMap", "java.util.TreeMap", "java.util.EnumMap",
            "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap");
    /** Wrappers Jackson writes as their content. */
    private static final Set<String> TRANSPARENT = Set.of("java.util.Optional",
            "java.util.concurrent.atomic.AtomicReference");

    private final IndexView index;
    private final ScalarSchemas scalars;
    private final SortedMap<String, ObjectNode> components = new TreeMap<>();
    /** Component key by the canonical form of the type it describes. */
    private final Map<String, String> keys = new HashMap<>();
    /** How many components are being described, one inside another. */
    private int depth;
    private final Set<String> warnings;

    /**
     * @param index an index that can find the application's classes and those of its dependencies
     * @param warnings where a type described as the server would not read it adds what to do
     */
    JsonSchemas(IndexView index, ScalarSchemas scalars, Set<String> warnings) {
        this.index = index;
        this.scalars = scalars;
        this.warnings = warnings;
    }

    /** Every component referenced so far, by key. */
    SortedMap<String, ObjectNode> components() {
        return components;
    }

    /** The schema of a type, with the Bean Validation constraints annotating it ({@code List<@Email String>}). */
    ObjectNode schema(Type type) {
        ObjectNode schema = switch (type.kind()) {
            case VOID -> type("null");
            case PRIMITIVE -> scalars.of(type.name().toString());
            case ARRAY -> array(type.asArrayType());
            case CLASS, PARAMETERIZED_TYPE -> named(type);
            case WILDCARD_TYPE -> type.asWildcardType().superBound() != null ? JSON.objectNode()
                    : schema(type.asWildcardType().extendsBound());
            case TYPE_VARIABLE -> schema(TypeBindings.erasure(type.asTypeVariable()));
            default -> JSON.objectNode();
        };
        if (schema != null) {
            ConstraintSchemas.apply(schema, type.annotations());
        }
        return schema;
    }

    private ObjectNode named(Type type) {
        String name = type.name().toString();
        List<Type> arguments = type.kind() == Type.Kind.PARAMETERIZED_TYPE ? type.asParameterizedType().arguments()
                : List.of();
        ObjectNode scalar = scalars.of(name);
        if (scalar != null) {
            return scalar;
        }
        if (TRANSPARENT.contains(name)) {
            return arguments.isEmpty() ? JSON.objectNode() : schema(arguments.get(0));
        }
        if (ARRAYS.contains(name) || SETS.contains(name)) {
            ObjectNode schema = type("array");
            schema.set("items", arguments.isEmpty() ? JSON.objectNode() : element(arguments.get(0)));
            if (SETS.contains(name)) {
                schema.put("uniqueItems", true);
            }
            return schema;
        }
        if (MAPS.contains(name)) {
            ObjectNode schema = type("object");
            ObjectNode keys = arguments.size() < 2 ? null : propertyNames(arguments.get(0));
            if (keys != null) {
                schema.set("propertyNames", keys);
            }
            schema.set("additionalProperties", arguments.size() < 2 ? JSON.objectNode() : element(arguments.get(1)));
            return schema;
        }
        ClassInfo clazz = index.getClassByName(type.name());
        if (clazz == null || name.startsWith("java.")) {
            return JSON.objectNode();
        }
        Type collection = collectionSupertype(clazz, type);
        return collection != null ? named(collection) : reference(clazz, type);
    }

    /**
     * A map's keys as Jackson writes them: an enum's constants' names, a scalar's text. {@code null} where they may be
     * any string, or are written by the enum's {@code @JsonValue} codes, which the build does not know, or by the
     * application's own key serializer.
     */
    private ObjectNode propertyNames(Type key) {
        if (key.kind() != Type.Kind.CLASS) {
            return null;
        }
        ClassInfo clazz = index.getClassByName(key.name());
        if (clazz != null && clazz.isEnum() && !key.name().toString().startsWith("java.")) {
            return jsonValue(clazz) == null ? reference(clazz, key) : null;
        }
        return scalars.ofKey(key.name().toString());
    }

    /**
     * The collection or map a class of the application extends ({@code Items extends ArrayList<Item>}), with its own
     * type arguments: Jackson reads and writes it as that, an array or an object of entries, not as a bean. Only
     * implementing {@code Iterable} does not make it one. {@code null} for a class that extends none.
     */
    private Type collectionSupertype(ClassInfo clazz, Type type) {
        Map<String, Type> bindings = TypeBindings.of(clazz, type);
        List<Type> supertypes = new ArrayList<>(clazz.interfaceTypes());
        if (clazz.superClassType() != null) {
            supertypes.add(0, clazz.superClassType());
        }
        for (Type supertype : supertypes) {
            String name = supertype.name().toString();
            if (!name.equals("java.lang.Iterable")
                    && (ARRAYS.contains(name) || SETS.contains(name) || MAPS.contains(name))) {
                return TypeBindings.resolve(supertype, bindings);
            }
            ClassInfo superclass = name.startsWith("java.") ? null : index.getClassByName(supertype.name());
            Type further = superclass == null ? null
                    : collectionSupertype(superclass, TypeBindings.resolve(supertype, bindings));
            if (further != null) {
                return further;
            }
        }
        return null;
    }

    /** A {@code $ref} to the component of a class, described once, the first time it is met. */
    private ObjectNode reference(ClassInfo clazz, Type type) {
        String canonical = JacksonTypes.canonical(type);
        String key = keys.get(canonical);
        if (key == null) {
            if (++depth > MAX_DEPTH) {
                // a generic type that nests itself deeper at every level, Node<T> holding Node<List<T>>
                depth--;
                return JSON.objectNode();
            }
            key = newKey(type);
            keys.put(canonical, key);
            // reserved before the properties are read: a property of the same type refers back to it
            components.put(key, JSON.objectNode());
            Type value = jsonValue(clazz);
            ObjectNode polymorphic = clazz.isEnum() || value != null ? null
                    : PolymorphicSchemas.of(clazz, index, subclass -> object(subclass, Map.of()), warnings);
            components.put(key, value != null ? valueSchema(value, TypeBindings.of(clazz, type))
                    : clazz.isEnum() ? enumeration(clazz)
                            : polymorphic != null ? polymorphic : subtypeOrObject(clazz, type));
            depth--;
        }
        return JSON.objectNode().put("$ref", REF_PREFIX + key);
    }

    /**
     * The type of the accessor or field annotated {@code @JsonValue} in the class or its superclasses: Jackson writes
     * the class as that value (an enum as its codes, not its constants' names), and reads it so too. Else, for a Kotlin
     * value class the JVM boxes ({@code List<Code>}, a suspend function's result), its underlying value's, which
     * jackson-module-kotlin writes and reads for it. {@code null} when there is none.
     */
    private Type jsonValue(ClassInfo clazz) {
        Type annotated = jsonValueAnnotated(clazz);
        if (annotated == null && clazz.hasDeclaredAnnotation(DotNames.JVM_INLINE)) {
            for (FieldInfo field : clazz.fields()) {
                if (!Modifier.isStatic(field.flags())) {
                    return field.type();
                }
            }
        }
        return annotated;
    }

    private Type jsonValueAnnotated(ClassInfo clazz) {
        for (ClassInfo c = clazz; c != null && !c.name().equals(DotNames.OBJECT); c = ClassHierarchy.superClass(c, index)) {
            for (AnnotationInstance annotation : c.annotations(DotNames.JSON_VALUE)) {
                AnnotationValue enabled = annotation.value();
                if (enabled != null && !enabled.asBoolean()) {
                    continue;
                }
                AnnotationTarget target = annotation.target();
                if (target.kind() == AnnotationTarget.Kind.METHOD && target.asMethod().parametersCount() == 0
                        && target.asMethod().declaringClass().equals(c)) {
                    return target.asMethod().returnType();
                }
                if (target.kind() == AnnotationTarget.Kind.FIELD && target.asField().declaringClass().equals(c)) {
                    return target.asField().type();
                }
            }
        }
        return null;
    }

    private ObjectNode valueSchema(Type value, Map<String, Type> bindings) {
        ObjectNode schema = schema(TypeBindings.resolve(value, bindings));
        return schema == null ? JSON.objectNode() : schema;
    }

    /**
     * The simple label, else the qualified one, else that with a number: types the labels cannot tell apart (type
     * variables and wildcards are all {@code Object}: {@code Page<? extends Animal>}, {@code Page<? extends Plant>})
     * each keep a component of their own.
     */
    private String newKey(Type type) {
        String simple = label(type, false);
        if (!components.containsKey(simple)) {
            return simple;
        }
        String qualified = label(type, true);
        String key = qualified;
        for (int n = 2; components.containsKey(key); n++) {
            key = qualified + "_" + n;
        }
        return key;
    }

    /** {@code Page_Item} for {@code com.acme.Page<com.acme.Item>}; with packages when simple names collide. */
    private static String label(Type type, boolean qualified) {
        return switch (type.kind()) {
            case CLASS, PRIMITIVE -> name(type.name(), qualified);
            case ARRAY -> label(type.asArrayType().elementType(), qualified)
                    + "Array".repeat(type.asArrayType().deepDimensions());
            case PARAMETERIZED_TYPE -> name(type.name(), qualified) + type.asParameterizedType().arguments().stream()
                    .map(argument -> "_" + label(argument, qualified)).reduce("", String::concat);
            default -> "Object";
        };
    }

    private static String name(DotName name, boolean qualified) {
        String full = name.toString();
        if (qualified) {
            return full.replace('$', '.');
        }
        return full.substring(Math.max(full.lastIndexOf('.'), full.lastIndexOf('$')) + 1);
    }

    private static ObjectNode enumeration(ClassInfo clazz) {
        ObjectNode schema = type("string");
        var values = schema.putArray("enum");
        for (FieldInfo constant : clazz.enumConstants()) {
            values.add(JacksonProperties.jsonName(constant.annotation(DotNames.JSON_PROPERTY), constant.name()));
        }
        return schema;
    }

    /** A class's object schema, with its type name where a supertype has Jackson read it by one. */
    private ObjectNode subtypeOrObject(ClassInfo clazz, Type type) {
        ObjectNode object = object(clazz, TypeBindings.of(clazz, type));
        ObjectNode subtype = PolymorphicSchemas.asSubtype(clazz, index, object);
        return subtype != null ? subtype : object;
    }

    /** The properties of a record or a bean, as Jackson finds them, superclasses first. */
    private ObjectNode object(ClassInfo clazz, Map<String, Type> bindings) {
        List<ClassInfo> hierarchy = new ArrayList<>();
        List<Map<String, Type>> hierarchyBindings = new ArrayList<>();
        for (ClassInfo c = clazz; c != null && !c.name().equals(DotNames.OBJECT)
                && !c.name().equals(DotNames.RECORD);) {
            hierarchy.add(0, c);
            hierarchyBindings.add(0, bindings);
            Type superType = c.superClassType();
            if (superType == null) {
                break;
            }
            Type resolvedSuper = TypeBindings.resolve(superType, bindings);
            c = index.getClassByName(superType.name());
            if (c != null) {
                bindings = TypeBindings.of(c, resolvedSuper);
            }
        }
        Map<String, JacksonProperties.Property> properties = new LinkedHashMap<>();
        Set<String> ignored = new HashSet<>();
        for (int i = 0; i < hierarchy.size(); i++) {
            JacksonProperties.collect(hierarchy.get(i), hierarchyBindings.get(i), properties, ignored);
        }
        ignored.forEach(properties::remove);

        ObjectNode schema = type("object");
        ObjectNode props = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        properties.forEach((name, property) -> {
            ObjectNode described = schema(property.type());
            ConstraintSchemas.apply(described, property.annotations());
            if (property.required() || ConstraintSchemas.required(property.annotations())
                    || ConstraintSchemas.required(property.type().annotations())) {
                required.add(name);
            } else if (described != null && NullableSchemas.nullable(property.type(), property.annotations())) {
                described = NullableSchemas.allowingNull(described);
            }
            props.set(name, described);
        });
        if (!required.isEmpty()) {
            required.forEach(schema.putArray("required")::add);
        }
        return schema;
    }

    private ObjectNode array(ArrayType type) {
        Type element = type.deepDimensions() > 1
                ? ArrayType.create(type.elementType(), type.deepDimensions() - 1)
                : type.elementType();
        if (type.deepDimensions() == 1 && element.kind() == Type.Kind.PRIMITIVE) {
            switch (element.asPrimitiveType().primitive()) {
                case BYTE:
                    // Jackson writes byte[] as a base64 string
                    return type("string").put("contentEncoding", "base64");
                case CHAR:
                    return type("string");
                default:
                    break;
            }
        }
        ObjectNode schema = type("array");
        schema.set("items", element(element));
        return schema;
    }

    /**
     * The schema of an element of an array or collection, or of a map's value: an {@code Optional} or a
     * {@code @Nullable} type there may be {@code null}, as Jackson writes an empty {@code Optional}.
     */
    private ObjectNode element(Type type) {
        ObjectNode schema = schema(type);
        return schema != null && NullableSchemas.nullable(type, List.of()) ? NullableSchemas.allowingNull(schema)
                : schema;
    }

    static ObjectNode type(String type) {
        return JSON.objectNode().put("type", type);
    }
}
