package org.acme

import io.quarkiverse.jsonrpc.server.JsonRpc

/**
 * Served at ws://localhost:8080/jsonrpc and by POST to http://localhost:8080/jsonrpc: send
 * {"jsonrpc": "2.0", "method": "greet", "params": {"name": "Quarkus"}, "id": 1}
 */
class Greeter {

    @JsonRpc
    fun greet(name: String) = "Hello $name"
}
