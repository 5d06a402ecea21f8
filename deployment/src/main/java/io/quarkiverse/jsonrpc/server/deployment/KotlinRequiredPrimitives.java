package io.quarkiverse.jsonrpc.server.deployment;

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
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.server.runtime.engine.RequiredCreatorParams;

/**
 * The properties of the Kotlin classes params are read into that a call must give, though the JVM sees a primitive
 * there: an {@code Int}, {@code Long}, {@code Double} or {@code Boolean} of a primary constructor without {@code ?} and
 * without a default value. Where one is left out, jackson-module-kotlin asks Jackson for its absent value, a primitive's
 * 0 or false, instead of refusing it as it refuses any other property without {@code ?}; the build names them, and
 * the params are read as if each were {@code @JsonProperty(required = true)} (see {@link RequiredCreatorParams}), as
 * the OpenRPC document says they are.
 * <p>
 * The classes are those params reach: their own types, type arguments and array elements, the types of the fields
 * of what they reach (a data class's properties, a record's components, a bean's fields), and the subclasses of an
 * abstract or sealed class and the implementations of an interface, which a type id may name.
 */
final class KotlinRequiredPrimitives {

    private KotlinRequiredPrimitives() {
    }

    /** @return sorted, as {@link RequiredCreatorParams#key} writes them */
    static List<String> of(Collection<Type> paramTypes, IndexView index) {
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
        BitSet required = KotlinProperties.requiredPrimitives(clazz);
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
}
