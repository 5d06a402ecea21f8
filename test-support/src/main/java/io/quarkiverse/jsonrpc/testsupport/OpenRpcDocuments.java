package io.quarkiverse.jsonrpc.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading an OpenRPC document, as {@code rpc.discover} answers it and {@code openrpc.json} serves it. */
public final class OpenRpcDocuments {

    private OpenRpcDocuments() {
    }

    /** The method named {@code name} among the document's {@code methods}; an {@link AssertionError} where none is. */
    public static JsonNode method(JsonNode document, String name) {
        for (JsonNode method : document.path("methods")) {
            if (method.path("name").asText().equals(name)) {
                return method;
            }
        }
        throw new AssertionError("No method " + name + " in " + document);
    }
}
