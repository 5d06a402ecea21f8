package io.quarkiverse.jsonrpc.server.it;

import java.util.NoSuchElementException;

import io.micrometer.core.annotation.Counted;
import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * {@code lookup}: throws a JDK exception for an unknown key, which {@link AppExceptionMappers} answers as an error;
 * counted by Micrometer's {@code @Counted}, an interceptor binding, as any CDI bean method.
 */
public class Lookup {

    @JsonRpc
    @Counted("lookups")
    public int lookup(String key) {
        if (key.equals("answer")) {
            return 42;
        }
        throw new NoSuchElementException(key);
    }
}
