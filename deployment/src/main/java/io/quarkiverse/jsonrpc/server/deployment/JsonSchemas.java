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
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.ParameterizedType;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.jsonrpc.common.deployment.JacksonTypes;

/**
 * The JSON Schema (draft 7, as OpenRPC uses) of Java types, read from Jandex: what the application's
 * {@code ObjectMapper} reads and writes with Jackson's defaults. Enums, records and other classes become components,
 * referenced with {@code $ref}, so that recursive types end; the rest is inline. A class the index does not know is
 * {@code {}}, any value.
 * <p>
 * Jackson's {@code @JsonProperty} (name, {@code required}) and {@code @JsonIgnore} are honoured; custom serializers,
 * naming strategies and the other Jackson annotations are not seen.
 */
final class JsonSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Type OBJECT = Type.create(DotNames.OBJECT, Type.Kind.CLASS);
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

    /** @param index an index that can find the application's classes and those of its dependencies */
    JsonSchemas(IndexView index, ScalarSchemas scalars) {
        this.index = index;
        this.scalars = scalars;
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
            case TYPE_VARIABLE -> schema(erasure(type.asTypeVariable()));
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
            schema.set("items", arguments.isEmpty() ? JSON.objectNode() : schema(arguments.get(0)));
            if (SETS.contains(name)) {
                schema.put("uniqueItems", true);
            }
            return schema;
        }
        if (MAPS.contains(name)) {
            ObjectNode schema = type("object");
            schema.set("additionalProperties", arguments.size() < 2 ? JSON.objectNode() : schema(arguments.get(1)));
            return schema;
        }
        ClassInfo clazz = index.getClassByName(type.name());
        if (clazz == null || name.startsWith("java.")) {
            return JSON.objectNode();
        }
        return reference(clazz, type);
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
            components.put(key, clazz.isEnum() ? enumeration(clazz) : object(clazz, bindings(clazz, type)));
            depth--;
        }
        return JSON.objectNode().put("$ref", REF_PREFIX + key);
    }

    private String newKey(Type type) {
        String simple = label(type, false);
        return components.containsKey(simple) ? label(type, true) : simple;
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
            values.add(jsonName(constant.annotation(DotNames.JSON_PROPERTY), constant.name()));
        }
        return schema;
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
            Type resolvedSuper = resolve(superType, bindings);
            c = index.getClassByName(superType.name());
            if (c != null) {
                bindings = bindings(c, resolvedSuper);
            }
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        Set<String> ignored = new HashSet<>();
        for (int i = 0; i < hierarchy.size(); i++) {
            collectProperties(hierarchy.get(i), hierarchyBindings.get(i), properties, ignored);
        }
        ignored.forEach(properties::remove);

        ObjectNode schema = type("object");
        ObjectNode props = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        properties.forEach((name, property) -> {
            ObjectNode described = schema(property.type);
            ConstraintSchemas.apply(described, property.annotations);
            props.set(name, described);
            if (property.required || ConstraintSchemas.required(property.annotations)
                    || ConstraintSchemas.required(property.type.annotations())) {
                required.add(name);
            }
        });
        if (!required.isEmpty()) {
            required.forEach(schema.putArray("required")::add);
        }
        return schema;
    }

    /** @param annotations those declared on the field or accessor: Bean Validation constraints among them */
    private record Property(Type type, boolean required, List<AnnotationInstance> annotations) {
    }

    private static void collectProperties(ClassInfo clazz, Map<String, Type> bindings, Map<String, Property> properties,
            Set<String> ignored) {
        if (clazz.isRecord()) {
            for (RecordComponentInfo component : clazz.recordComponentsInDeclarationOrder()) {
                FieldInfo field = clazz.field(component.name());
                AnnotationTarget annotated = field != null ? field : component;
                if (annotated.hasDeclaredAnnotation(DotNames.JSON_IGNORE)) {
                    ignored.add(component.name());
                    continue;
                }
                AnnotationInstance property = annotated.declaredAnnotation(DotNames.JSON_PROPERTY);
                properties.put(jsonName(property, component.name()), new Property(resolve(component.type(), bindings),
                        required(property), List.copyOf(annotated.declaredAnnotations())));
            }
            return;
        }
        for (FieldInfo field : clazz.fieldsInDeclarationOrder()) {
            int flags = field.flags();
            if (Modifier.isStatic(flags) || Modifier.isTransient(flags) || field.isSynthetic()) {
                continue;
            }
            AnnotationInstance property = field.declaredAnnotation(DotNames.JSON_PROPERTY);
            String name = jsonName(property, field.name());
            if (field.hasDeclaredAnnotation(DotNames.JSON_IGNORE)) {
                ignored.add(name);
            } else if (Modifier.isPublic(flags) || property != null) {
                properties.putIfAbsent(name, new Property(resolve(field.type(), bindings), required(property),
                        List.copyOf(field.declaredAnnotations())));
            }
        }
        for (MethodInfo method : clazz.methodsInDeclarationOrder()) {
            String accessor = accessorProperty(method);
            if (accessor == null) {
                continue;
            }
            AnnotationInstance property = method.declaredAnnotation(DotNames.JSON_PROPERTY);
            String name = jsonName(property, accessor);
            if (method.hasDeclaredAnnotation(DotNames.JSON_IGNORE)) {
                ignored.add(name);
            } else if (Modifier.isPublic(method.flags()) || property != null) {
                Type type = method.parametersCount() == 1 ? method.parameterType(0) : method.returnType();
                Property found = new Property(resolve(type, bindings), required(property),
                        List.copyOf(method.declaredAnnotations()));
                // a getter's type wins over a setter's: it is what the client reads; the field's constraints stay
                if (method.parametersCount() == 0) {
                    Property field = properties.get(name);
                    properties.put(name, field == null ? found
                            : new Property(found.type, found.required
                                    || field.required, concat(field.annotations, found.annotations)));
                } else {
                    properties.putIfAbsent(name, found);
                }
            }
        }
    }

    private static List<AnnotationInstance> concat(List<AnnotationInstance> first, List<AnnotationInstance> second) {
        List<AnnotationInstance> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The property a getter or setter stands for, with Jackson's default naming; {@code null} for other methods. */
    private static String accessorProperty(MethodInfo method) {
        if (Modifier.isStatic(method.flags()) || method.isSynthetic() || method.isConstructor()
                || method.isStaticInitializer()) {
            return null;
        }
        String name = method.name();
        boolean returns = method.returnType().kind() != Type.Kind.VOID;
        if (method.parametersCount() == 0 && returns && name.startsWith("get") && name.length() > 3
                && !name.equals("getClass")) {
            return decapitalize(name.substring(3));
        }
        if (method.parametersCount() == 0 && name.startsWith("is") && name.length() > 2
                && method.returnType().kind() == Type.Kind.PRIMITIVE
                && method.returnType().asPrimitiveType().primitive() == PrimitiveType.Primitive.BOOLEAN) {
            return decapitalize(name.substring(2));
        }
        if (method.parametersCount() == 1 && name.startsWith("set") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        return null;
    }

    /** Jackson's default: the leading capitals lower-cased, so {@code getURL} is {@code url}. */
    private static String decapitalize(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        return name.substring(0, upper).toLowerCase() + name.substring(upper);
    }

    private static String jsonName(AnnotationInstance property, String javaName) {
        AnnotationValue value = property == null ? null : property.value();
        return value == null || value.asString().isEmpty() ? javaName : value.asString();
    }

    private static boolean required(AnnotationInstance property) {
        AnnotationValue value = property == null ? null : property.value("required");
        return value != null && value.asBoolean();
    }

    /** The type arguments of a generic class, by type parameter name. */
    private static Map<String, Type> bindings(ClassInfo clazz, Type type) {
        List<TypeVariable> parameters = clazz.typeParameters();
        if (parameters.isEmpty()) {
            return Map.of();
        }
        List<Type> arguments = type.kind() == Type.Kind.PARAMETERIZED_TYPE ? type.asParameterizedType().arguments()
                : List.of();
        Map<String, Type> bindings = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            bindings.put(parameters.get(i).identifier(),
                    i < arguments.size() ? arguments.get(i) : erasure(parameters.get(i)));
        }
        return bindings;
    }

    private static Type resolve(Type type, Map<String, Type> bindings) {
        return switch (type.kind()) {
            case TYPE_VARIABLE -> bindings.getOrDefault(type.asTypeVariable().identifier(),
                    erasure(type.asTypeVariable()));
            case TYPE_VARIABLE_REFERENCE -> bindings.getOrDefault(type.asTypeVariableReference().identifier(), OBJECT);
            case UNRESOLVED_TYPE_VARIABLE -> bindings.getOrDefault(type.asUnresolvedTypeVariable().identifier(),
                    OBJECT);
            case WILDCARD_TYPE -> type.asWildcardType().superBound() != null ? OBJECT
                    : resolve(type.asWildcardType().extendsBound(), bindings);
            case ARRAY -> ArrayType.create(resolve(type.asArrayType().elementType(), bindings),
                    type.asArrayType().deepDimensions());
            case PARAMETERIZED_TYPE -> {
                ParameterizedType parameterized = type.asParameterizedType();
                Type[] arguments = parameterized.arguments().stream().map(a -> resolve(a, bindings))
                        .toArray(Type[]::new);
                yield ParameterizedType.create(parameterized.name(), arguments, parameterized.owner());
            }
            default -> type;
        };
    }

    private static Type erasure(TypeVariable variable) {
        // name() of a type variable is its erasure; a bound like Comparable<T> must not be followed
        return Type.create(variable.name(), Type.Kind.CLASS);
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
        schema.set("items", schema(element));
        return schema;
    }

    static ObjectNode type(String type) {
        return JSON.objectNode().put("type", type);
    }
}
