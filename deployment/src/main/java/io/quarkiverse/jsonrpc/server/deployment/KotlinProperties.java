package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.KotlinDefaultValues;
import io.quarkiverse.jsonrpc.common.deployment.KotlinRequiredPrimitives;
import io.quarkiverse.jsonrpc.common.deployment.MethodSignatures;
import io.quarkus.arc.processor.KotlinUtils;

/**
 * The properties of a Kotlin class as jackson-module-kotlin reads them: the parameters of its primary constructor,
 * named as in the source ({@code isActive} stays {@code isActive}), renamed by a {@code @JsonProperty} wherever
 * kotlinc put it (on the constructor parameter, for a plain annotation), required where the type has no {@code ?} and
 * no default value. Their constraints are those Bean Validation checks, on the backing field ({@code @field:}) or the
 * getter ({@code @get:}). Properties declared in the class body, which Jackson writes too, follow the bean rules.
 */
final class KotlinProperties {

    private KotlinProperties() {
    }

    /**
     * Adds the properties of the class's primary constructor.
     *
     * @return the getters and setters of those properties, which the bean rules must not read again (they would name
     *         {@code isActive()} {@code active}); {@code null} for a class that is not Kotlin's or has no such
     *         constructor: the bean rules apply to all of it
     */
    static Set<MethodInfo> collect(ClassInfo clazz, Map<String, Type> bindings,
            Map<String, JacksonProperties.Property> properties, Set<String> ignored) {
        if (!KotlinUtils.isKotlinClass(clazz)) {
            return null;
        }
        MethodInfo constructor = KotlinRequiredPrimitives.primaryConstructor(clazz);
        if (constructor == null) {
            return null;
        }
        Set<MethodInfo> accessors = new HashSet<>();
        BitSet defaulted = KotlinDefaultValues.ofConstructor(constructor);
        for (int i = 0; i < constructor.parametersCount(); i++) {
            String name = constructor.parameterName(i);
            FieldInfo field = clazz.field(name);
            MethodInfo getter = accessor(clazz, getterName(name), 0);
            MethodInfo setter = accessor(clazz, setterName(name), 1);
            List<AnnotationInstance> annotations = new ArrayList<>(field.declaredAnnotations());
            if (getter != null) {
                annotations.addAll(getter.declaredAnnotations());
                accessors.add(getter);
            }
            if (setter != null) {
                accessors.add(setter);
            }
            List<AnnotationInstance> all = new ArrayList<>(annotations);
            all.addAll(constructor.parameters().get(i).declaredAnnotations());
            AnnotationInstance property = find(all, DotNames.JSON_PROPERTY);
            String jsonName = JacksonProperties.jsonName(property, name);
            if (find(all, DotNames.JSON_IGNORE) != null) {
                ignored.add(jsonName);
                continue;
            }
            Type type = field.type();
            // a constructor kotlinc hid (see primaryConstructor) has no annotations: its field has them too
            boolean nonNull = type.kind() == Type.Kind.PRIMITIVE || NullableAnnotations.nonNull(constructor, i)
                    || NullableAnnotations.nonNull(field);
            properties.putIfAbsent(jsonName, new JacksonProperties.Property(TypeBindings.resolve(type, bindings),
                    JacksonProperties.required(property) || (nonNull && !defaulted.get(i)), annotations));
        }
        return accessors;
    }

    /** kotlinc's: {@code getName()}, and {@code isActive()} for a property named {@code isActive}. */
    private static String getterName(String property) {
        return isPrefixed(property) ? property
                : "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    /** kotlinc's: {@code setName(value)}, and {@code setActive(value)} for a property named {@code isActive}. */
    private static String setterName(String property) {
        String name = isPrefixed(property) ? property.substring(2) : property;
        return "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isPrefixed(String property) {
        return property.startsWith("is") && property.length() > 2 && Character.isUpperCase(property.charAt(2));
    }

    /** The method of that name as the source gave it (mangled for a value class) and that many parameters. */
    private static MethodInfo accessor(ClassInfo clazz, String name, int parameters) {
        for (MethodInfo method : clazz.methods()) {
            if (method.parametersCount() == parameters && !Modifier.isStatic(method.flags())
                    && MethodSignatures.sourceName(method).equals(name)) {
                return method;
            }
        }
        return null;
    }

    private static AnnotationInstance find(List<AnnotationInstance> annotations, DotName name) {
        for (AnnotationInstance annotation : annotations) {
            if (annotation.name().equals(name)) {
                return annotation;
            }
        }
        return null;
    }
}
