package io.quarkiverse.jsonrpc.common.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.jandex.ArrayType;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.ParameterizedType;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;
import org.jboss.jandex.WildcardType;

import io.quarkus.deployment.util.JandexUtil;

/**
 * The type arguments a class gives the type variables of a generic class or interface above it: for
 * {@code class Books implements Repository<Book>}, {@code T} of {@code Repository<T>} is {@code Book}. On the server,
 * a method declared with {@code T save(T item)} then reads a {@code Book} from the params and describes one in the
 * OpenRPC document; on a client interface {@code BookClient extends Repository<Book>}, its {@code T find(String id)}
 * reads a {@code Book} from the result: as the compiler sees them in the class. A variable the class leaves open (or a
 * method's own) stays a variable.
 */
public final class TypeBindings {

    public static final TypeBindings NONE = new TypeBindings(Map.of());

    private final Map<String, Type> byVariable;

    private TypeBindings(Map<String, Type> byVariable) {
        this.byVariable = byVariable;
    }

    /** What {@code beanClass} binds the type variables of {@code declaring} to. */
    public static TypeBindings of(ClassInfo beanClass, ClassInfo declaring, IndexView index) {
        List<TypeVariable> variables = declaring.typeParameters();
        if (variables.isEmpty() || beanClass.name().equals(declaring.name())) {
            return NONE;
        }
        List<Type> arguments;
        try {
            arguments = JandexUtil.resolveTypeParameters(beanClass.name(), declaring.name(), index);
        } catch (RuntimeException e) {
            // a class between them is not in the index: the variables stay variables, and the build says so
            return NONE;
        }
        Map<String, Type> byVariable = new HashMap<>();
        for (int i = 0; i < variables.size() && i < arguments.size(); i++) {
            Type argument = arguments.get(i);
            if (argument.kind() != Type.Kind.TYPE_VARIABLE
                    || !argument.asTypeVariable().identifier().equals(variables.get(i).identifier())) {
                byVariable.put(variables.get(i).identifier(), argument);
            }
        }
        return byVariable.isEmpty() ? NONE : new TypeBindings(byVariable);
    }

    /** The type with the bound variables replaced, at any depth; the same instance when nothing is bound in it. */
    public Type resolve(Type type) {
        if (byVariable.isEmpty()) {
            return type;
        }
        return switch (type.kind()) {
            case TYPE_VARIABLE -> byVariable.getOrDefault(type.asTypeVariable().identifier(), type);
            case UNRESOLVED_TYPE_VARIABLE -> byVariable.getOrDefault(type.asUnresolvedTypeVariable().identifier(), type);
            case PARAMETERIZED_TYPE -> parameterized(type.asParameterizedType());
            case ARRAY -> array(type.asArrayType());
            case WILDCARD_TYPE -> wildcard(type.asWildcardType());
            default -> type;
        };
    }

    private Type parameterized(ParameterizedType type) {
        List<Type> arguments = type.arguments();
        Type[] resolved = new Type[arguments.size()];
        boolean changed = false;
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = resolve(arguments.get(i));
            changed |= resolved[i] != arguments.get(i);
        }
        return changed ? ParameterizedType.create(type.name(), resolved, type.owner()) : type;
    }

    private Type array(ArrayType type) {
        Type component = resolve(type.constituent());
        return component == type.constituent() ? type : ArrayType.create(component, type.dimensions());
    }

    private Type wildcard(WildcardType type) {
        if (type.superBound() != null) {
            Type bound = resolve(type.superBound());
            return bound == type.superBound() ? type : WildcardType.createLowerBound(bound);
        }
        Type bound = resolve(type.extendsBound());
        return bound == type.extendsBound() ? type : WildcardType.createUpperBound(bound);
    }
}
