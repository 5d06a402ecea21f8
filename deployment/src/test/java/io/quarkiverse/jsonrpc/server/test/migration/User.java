package io.quarkiverse.jsonrpc.server.test.migration;

public record User(long id, String name) {
}
