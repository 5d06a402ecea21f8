package io.quarkiverse.jsonrpc.server.test.devmode;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** Edited by {@link DevModeTest} while the application runs. */
public class Greetings {

    @JsonRpc
    public String hello(String name) {
        return "Hello " + name;
    }

    @JsonRpc
    public String bye(String name) {
        return "Bye " + name;
    }

    // new methods go here
}
