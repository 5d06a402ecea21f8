package io.quarkiverse.jsonrpc.common.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams;
import io.quarkus.arc.processor.KotlinUtils;

/**
 * The properties of the Kotlin classes params are read into that a call must give, though the JVM sees a primitive
 * there: an {@code Int}, {@code Long}, {@code Double} or {@code Boolean} of a primary constructor without {@code ?} and
 * without a default value. Where one is left out, jackson-module-kotlin asks Jackson for its absent value, a
 * primitive's 0 or false, instead of refusing it as it refuses any other property without {@code ?}; the build names
 * them, and the params are read as if each were {@code @JsonProperty(required = true)} (see
 * {@link RequiredCreatorParams}), as the OpenRPC document says they are. A typed client reads its results so.
 * <p>
 * The classes are those params (a client's params and results) reach: their own types, type arguments and array
 * elements, the types of the fields of what they reach (a data class's properties, a record's components, a bean's
 * fields), and the subclasses of an abstract or sealed class and the implementations of an interface, which a type id
 * may name.
 */
public final class KotlinRequiredPrimitives {

    private KotlinRequiredPrimitives() {
    }

    /**
     * @param paramTypes the types read: a server's params, a client's results
     * @return sorted, as {@link RequiredCreatorParams#key} writes them
     */
    public static List<String> of(Collection<Type> paramTypes, IndexView index) {
        Set<String> keys = new TreeSet<>();
        Set<DotName> visited = new HashSet<>();
        Deque<Type> pending = new ArrayDeque<>(paramTypes);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            switch (type.kind()) {
                case ARRAY -> pending.push(type.asArrayType().elementType());
                case PARAMETERIZED_TYPE -> {
                    pending.addAll(type.asParameterizedType().arguments());
                    visit(type.name(), index, visited, pending, keys);
                }
                case WILDCARD_TYPE -> pending.push(type.asWildcardType().extendsBound());
                case CLASS -> visit(type.name(), index, visited, pending, keys);
                default -> {
                }
            }
        }
        return List.copyOf(keys);
    }

    private static void visit(DotName name, IndexView index, Set<DotName> visited, Deque<Type> pending,
            Set<String> keys) {
        if (!visited.add(name) || name.toString().startsWith("java.")) {
            return;
        }
        ClassInfo clazz = index.getClassByName(name);
        if (clazz == null) {
            return;
        }
        BitSet required = requiredPrimitives(clazz);
        required.stream().forEach(i -> keys.add(RequiredCreatorParams.key(name.toString(), i)));
        for (ClassInfo c = clazz; c != null; c = ClassHierarchy.superClass(c, index)) {
            for (FieldInfo field : c.fields()) {
                if (!Modifier.isStatic(field.flags())) {
                    pending.push(field.type());
                }
            }
        }
        if (clazz.isInterface()) {
            index.getAllKnownImplementations(name).forEach(implementation -> pending.push(
                    Type.create(implementation.name(), Type.Kind.CLASS)));
        } else if (Modifier.isAbstract(clazz.flags())) {
            index.getAllKnownSubclasses(name).forEach(subclass -> pending.push(
                    Type.create(subclass.name(), Type.Kind.CLASS)));
        }
    }

    /**
     * The parameters of the class's primary constructor that the JVM sees as primitive and that have no default value:
     * required, as the server's OpenRPC schemas list them, though Jackson would fill in 0 or false for one left
     * out. Empty for a class that is not Kotlin's or has no such constructor.
     */
    static BitSet requiredPrimitives(ClassInfo clazz) {
        BitSet required = new BitSet();
        MethodInfo constructor = KotlinUtils.isKotlinClass(clazz) ? primaryConstructor(clazz) : null;
        if (constructor == null) {
            return required;
        }
        BitSet defaulted = KotlinDefaultValues.ofConstructor(constructor);
        for (int i = 0; i < constructor.parametersCount(); i++) {
            if (constructor.parameterType(i).kind() == Type.Kind.PRIMITIVE && !defaulted.get(i)) {
                required.set(i);
            }
        }
        return required;
    }

    /**
     * The constructor whose parameters are the class's properties: the one with the most parameters, each with a
     * field of its name; {@code null} when none has names or fields for all of them.
     */
    public static MethodInfo primaryConstructor(ClassInfo clazz) {
        MethodInfo primary = null;
        for (MethodInfo constructor : clazz.constructors()) {
            if (constructor.isSynthetic() || !(Modifier.isPublic(constructor.flags()) || hidden(constructor))
                    || constructor.parametersCount() == 0
                    || (primary != null && primary.parametersCount() >= constructor.parametersCount())) {
                continue;
            }
            boolean properties = true;
            for (int i = 0; i < constructor.parametersCount() && properties; i++) {
                String name = constructor.parameterName(i);
                properties = name != null && clazz.field(name) != null;
            }
            if (properties) {
                primary = constructor;
            }
        }
        return primary;
    }

    /**
     * Whether kotlinc made the constructor private because a value class is among its parameters, and public a
     * synthetic one that takes the same and a {@code DefaultConstructorMarker}: the source's constructor still.
     */
    private static boolean hidden(MethodInfo constructor) {
        int count = constructor.parametersCount();
        for (MethodInfo other : constructor.declaringClass().constructors()) {
            if (!other.isSynthetic() || !Modifier.isPublic(other.flags()) || other.parametersCount() != count + 1
                    || !other.parameterType(count).name().equals(KotlinDefaultValues.DEFAULT_CONSTRUCTOR_MARKER)) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < count && same; i++) {
                same = other.parameterType(i).name().equals(constructor.parameterType(i).name());
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
