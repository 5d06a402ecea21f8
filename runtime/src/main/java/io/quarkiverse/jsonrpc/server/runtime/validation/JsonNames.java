package io.quarkiverse.jsonrpc.server.runtime.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Path;

import org.hibernate.validator.path.ContainerElementNode;
import org.hibernate.validator.path.PropertyNode;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * The path of a constraint violation as the client wrote its params: the parameter's name, then the JSON names of
 * properties ({@code @JsonProperty}, the mapper's naming strategy) as the application's {@code ObjectMapper} reads
 * them, and {@code [index]} or {@code [key]} into arrays and maps: {@code user.age}, {@code items[1].name}.
 * <p>
 * Only reached when a call is invalid; a class's names are looked up once per method.
 */
final class JsonNames {

    private final ObjectMapper mapper;
    private final Map<Class<?>, Map<String, String>> byClass = new ConcurrentHashMap<>();

    JsonNames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param param the parameter's name, its name in named params
     * @param arg the value it was given
     * @param path Hibernate Validator's path: the method, the parameter, then what is inside it
     */
    String path(String param, Object arg, Path path) {
        StringBuilder result = new StringBuilder(param);
        Iterator<Path.Node> nodes = path.iterator();
        // the method and the parameter
        nodes.next();
        nodes.next();
        Object current = arg;
        // whether current is already the element the next node is in: Hibernate Validator gives a property whose
        // elements it cascaded into (List<@Valid Line> lines) the element as its value, not the container
        boolean elementGiven = false;
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                result.append('[').append(key).append(']');
                if (!elementGiven) {
                    current = element(current, node.getIndex(), node.getKey());
                }
            }
            elementGiven = false;
            switch (node.getKind()) {
                case PROPERTY -> {
                    result.append('.').append(current == null ? node.getName() : of(current.getClass(), node.getName()));
                    // Hibernate Validator's nodes carry the value: what the next property belongs to
                    current = node instanceof PropertyNode property ? property.getValue() : null;
                    elementGiven = true;
                }
                case CONTAINER_ELEMENT -> current = node instanceof ContainerElementNode element ? element.getValue() : null;
                default -> {
                    // a bean's own constraint: the path ends at the bean
                }
            }
        }
        return result.toString();
    }

    /** The JSON name of a Java property of a class, as the mapper reads it. */
    String of(Class<?> type, String property) {
        return byClass.computeIfAbsent(type, this::names).getOrDefault(property, property);
    }

    private Map<String, String> names(Class<?> type) {
        Map<String, String> names = new HashMap<>();
        BeanDescription description = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
        for (BeanPropertyDefinition property : description.findProperties()) {
            names.put(property.getInternalName(), property.getName());
        }
        return names;
    }

    private static Object element(Object container, Integer index, Object key) {
        if (container instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (index == null) {
            return null;
        }
        if (container instanceof List<?> list) {
            return index < list.size() ? list.get(index) : null;
        }
        if (container instanceof Object[] array) {
            return index < array.length ? array[index] : null;
        }
        if (container instanceof Iterable<?> iterable) {
            int i = 0;
            for (Object element : iterable) {
                if (i++ == index) {
                    return element;
                }
            }
        }
        return null;
    }
}
