package io.quarkiverse.jsonrpc.server.test.contracts;

public record Book(String title, int pages) {
}
