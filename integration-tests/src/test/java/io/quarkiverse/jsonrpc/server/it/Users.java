package io.quarkiverse.jsonrpc.server.it;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;

/** The example app's users, alice (role admin) and bob (role user), whose passwords are their names. */
public final class Users {

    private Users() {
    }

    /** The user's HTTP Basic {@code Authorization} header; none for {@code null} or {@code "anonymous"}. */
    public static Map<String, String> headers(String user) {
        if (user == null || "anonymous".equals(user)) {
            return Map.of();
        }
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return Map.of("Authorization", "Basic " + credentials);
    }

    /** A client of the user over that transport; over WebSocket, the credentials go with the upgrade request. */
    public static JsonRpcTestClient client(JsonRpcTransport transport, URI uri, String user) {
        JsonRpcTestClient.Builder builder = JsonRpcTestClient.builder();
        headers(user).forEach(builder::header);
        return transport == JsonRpcTransport.HTTP ? builder.http(uri) : builder.ws(uri);
    }
}
