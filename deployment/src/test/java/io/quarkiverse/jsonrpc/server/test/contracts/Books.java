package io.quarkiverse.jsonrpc.server.test.contracts;

import java.util.List;

/** Binds {@link Repository}'s {@code T} to {@link Book}: a param that were read as a map would fail the cast. */
public class Books implements Repository<Book> {

    @Override
    public Book find(String key) {
        return new Book(key, 412);
    }

    @Override
    public String save(Book item) {
        return item.title() + " has " + item.pages() + " pages";
    }

    @Override
    public int totalPages(List<Book> items) {
        return items.stream().mapToInt(Book::pages).sum();
    }
}
