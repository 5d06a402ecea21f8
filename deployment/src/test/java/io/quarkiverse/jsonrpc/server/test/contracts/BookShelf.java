package io.quarkiverse.jsonrpc.server.test.contracts;

/** Binds {@link Shelf}'s {@code T} to {@link Book}. */
public class BookShelf extends Shelf<Book> {
}
