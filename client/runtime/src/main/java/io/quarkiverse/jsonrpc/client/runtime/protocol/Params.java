package io.quarkiverse.jsonrpc.client.runtime.protocol;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code params} of a request, written straight into the message. */
public interface Params {

    /** No params: the member is left out. */
    Params NONE = null;

    void write(JsonGenerator generator, ObjectMapper mapper) throws IOException;

    /**
     * An array, in order; with {@code varargs} the last argument, an array, is spread (so that {@code sum(1, 2, 4)}
     * sends {@code [1, 2, 4]}); {@code prefix}, when not null, comes first (Ethereum's subscription name).
     */
    static Params positional(Object[] args, boolean varargs, Object prefix) {
        return (generator, mapper) -> {
            generator.writeStartArray();
            if (prefix != null) {
                mapper.writeValue(generator, prefix);
            }
            int last = args.length - 1;
            for (int i = 0; i < args.length; i++) {
                if (varargs && i == last && args[i] != null) {
                    for (int j = 0, n = Array.getLength(args[i]); j < n; j++) {
                        mapper.writeValue(generator, Array.get(args[i], j));
                    }
                } else {
                    mapper.writeValue(generator, args[i]);
                }
            }
            generator.writeEndArray();
        };
    }

    /** An object, by parameter name. */
    static Params named(List<String> names, Object[] args) {
        return (generator, mapper) -> {
            generator.writeStartObject();
            for (int i = 0; i < args.length; i++) {
                generator.writeFieldName(names.get(i));
                mapper.writeValue(generator, args[i]);
            }
            generator.writeEndObject();
        };
    }
}
