package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;

/**
 * The properties of a record or a bean as Jackson finds them with its defaults, read from Jandex: record components,
 * public fields and accessors (or any annotated {@code @JsonProperty}), named as {@code @JsonProperty} says or as
 * Jackson derives them, without those {@code @JsonIgnore} drops; a getter's type wins over a setter's. A Kotlin class's
 * constructor properties as jackson-module-kotlin reads them (see {@link KotlinProperties}).
 */
final class JacksonProperties {

    private JacksonProperties() {
    }

    /** @param annotations those declared on the field or accessor: Bean Validation constraints among them */
    record Property(Type type, boolean required, List<AnnotationInstance> annotations) {
    }

    /** Adds the properties one class of a hierarchy declares, and the names it ignores. */
    static void collect(ClassInfo clazz, Map<String, Type> bindings, Map<String, Property> properties,
            Set<String> ignored) {
        Set<MethodInfo> kotlinAccessors = KotlinProperties.collect(clazz, bindings, properties, ignored);
        if (clazz.isRecord()) {
            for (RecordComponentInfo component : clazz.recordComponentsInDeclarationOrder()) {
                FieldInfo field = clazz.field(component.name());
                AnnotationTarget annotated = field != null ? field : component;
                if (annotated.hasDeclaredAnnotation(DotNames.JSON_IGNORE)) {
                    ignored.add(component.name());
                    continue;
                }
                AnnotationInstance property = annotated.declaredAnnotation(DotNames.JSON_PROPERTY);
                properties.put(jsonName(property, component.name()),
                        new Property(TypeBindings.resolve(component.type(), bindings),
                                required(property), List.copyOf(annotated.declaredAnnotations())));
            }
            return;
        }
        Map<String, String> renamed = renames(clazz, kotlinAccessors);
        for (FieldInfo field : clazz.fieldsInDeclarationOrder()) {
            int flags = field.flags();
            if (Modifier.isStatic(flags) || Modifier.isTransient(flags) || field.isSynthetic()) {
                continue;
            }
            AnnotationInstance property = field.declaredAnnotation(DotNames.JSON_PROPERTY);
            String name = jsonName(property, renamed.getOrDefault(field.name(), field.name()));
            if (field.hasDeclaredAnnotation(DotNames.JSON_IGNORE)) {
                ignored.add(name);
            } else if (Modifier.isPublic(flags) || property != null) {
                properties.putIfAbsent(name, new Property(TypeBindings.resolve(field.type(), bindings), required(property),
                        List.copyOf(field.declaredAnnotations())));
            }
        }
        for (MethodInfo method : clazz.methodsInDeclarationOrder()) {
            String accessor = accessorProperty(method, kotlinAccessors);
            if (accessor == null) {
                continue;
            }
            AnnotationInstance property = method.declaredAnnotation(DotNames.JSON_PROPERTY);
            String name = jsonName(property, renamed.getOrDefault(accessor, accessor));
            if (method.hasDeclaredAnnotation(DotNames.JSON_IGNORE)) {
                ignored.add(name);
            } else if (Modifier.isPublic(method.flags()) || property != null) {
                Type type = method.parametersCount() == 1 ? method.parameterType(0) : method.returnType();
                Property found = new Property(TypeBindings.resolve(type, bindings), required(property),
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

    /**
     * The names {@code @JsonProperty} gives, by the Java name of the property they are on. Jackson makes one property
     * of a field, its getter and its setter, and a name given on any of them names all three: a private field
     * {@code @JsonProperty("full_name") String name} with {@code getName()} is the one property {@code full_name}.
     */
    private static Map<String, String> renames(ClassInfo clazz, Set<MethodInfo> kotlinAccessors) {
        Map<String, String> renamed = new HashMap<>();
        for (FieldInfo field : clazz.fieldsInDeclarationOrder()) {
            String name = jsonName(field.declaredAnnotation(DotNames.JSON_PROPERTY), field.name());
            if (!Modifier.isStatic(field.flags()) && !name.equals(field.name())) {
                renamed.put(field.name(), name);
            }
        }
        for (MethodInfo method : clazz.methodsInDeclarationOrder()) {
            String accessor = accessorProperty(method, kotlinAccessors);
            if (accessor != null) {
                String name = jsonName(method.declaredAnnotation(DotNames.JSON_PROPERTY), accessor);
                if (!name.equals(accessor)) {
                    renamed.put(accessor, name);
                }
            }
        }
        return renamed;
    }

    private static List<AnnotationInstance> concat(List<AnnotationInstance> first, List<AnnotationInstance> second) {
        List<AnnotationInstance> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** As {@link #accessorProperty(MethodInfo)}; {@code null} for a Kotlin property's accessor, read as its property. */
    private static String accessorProperty(MethodInfo method, Set<MethodInfo> kotlinAccessors) {
        return kotlinAccessors != null && kotlinAccessors.contains(method) ? null : accessorProperty(method);
    }

    /** The property a getter or setter stands for, with Jackson's default naming; {@code null} for other methods. */
    private static String accessorProperty(MethodInfo method) {
        if (Modifier.isStatic(method.flags()) || method.isSynthetic() || method.isConstructor()
                || method.isStaticInitializer()) {
            return null;
        }
        String name = MethodSignatures.sourceName(method);
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

    static String jsonName(AnnotationInstance property, String javaName) {
        AnnotationValue value = property == null ? null : property.value();
        return value == null || value.asString().isEmpty() ? javaName : value.asString();
    }

    /** {@code @JsonProperty(required = true)}. */
    static boolean required(AnnotationInstance property) {
        AnnotationValue value = property == null ? null : property.value("required");
        return value != null && value.asBoolean();
    }

}
