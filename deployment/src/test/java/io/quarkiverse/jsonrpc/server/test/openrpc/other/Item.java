package io.quarkiverse.jsonrpc.server.test.openrpc.other;

/** An {@code Item} of another package: its component must not take the name of {@code Catalogue.Item}. */
public record Item(String sku) {
}
