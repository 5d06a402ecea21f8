package io.quarkiverse.jsonrpc.server.it;

import java.util.NoSuchElementException;

import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;

/** The application's exception mappers: global, since this class serves no method. */
public class AppExceptionMappers {

    /** A JDK exception, which no {@code @JsonRpcError} can annotate. */
    @JsonRpcExceptionMapper
    JsonRpcException notFound(NoSuchElementException e) {
        return new JsonRpcException(404, "Not found: " + e.getMessage());
    }
}
