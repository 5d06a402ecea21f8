package io.quarkiverse.jsonrpc.server.test.openrpc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Methods whose OpenRPC description the tests of this package check field by field. */
public class Shop {

    public enum Color {
        RED,
        GREEN,
        @JsonProperty("dark-blue")
        DARK_BLUE
    }

    public record Money(BigDecimal amount, String currency) {
    }

    /** A bean: private fields with accessors, a recursive property, an ignored one. */
    public static class Item {
        private String name;
        private Color color;
        private Item replacement;
        private String secret;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Color getColor() {
            return color;
        }

        public void setColor(Color color) {
            this.color = color;
        }

        public Item getReplacement() {
            return replacement;
        }

        public void setReplacement(Item replacement) {
            this.replacement = replacement;
        }

        @JsonIgnore
        public String getSecret() {
            return secret;
        }

        public boolean isAvailable() {
            return true;
        }
    }

    /** Nested generics, public fields. */
    public static class Catalog {
        public List<Map<String, Item>> sections;
        public Set<String> tags;
        @JsonProperty(value = "updated", required = true)
        public Instant updatedAt;
    }

    /** A generic bean: its type argument is substituted. */
    public static class Page<T> {
        public List<T> items;
        public long total;
    }

    /** What may be absent is said so: Optional, @Nullable; the rest is described as present. */
    public record Delivery(String address, Optional<LocalDate> date, @Nullable String note, @Nullable Color color) {
    }

    @JsonRpcError(code = 1001, message = "Out of stock")
    public static class OutOfStockException extends RuntimeException {
    }

    public static class BackorderedException extends OutOfStockException {
    }

    @JsonRpcError(code = 1002)
    public static class ClosedException extends Exception {
    }

    @JsonRpc(summary = "Prices an item", description = "The price of an *item* on a day, in a currency.")
    public Money price(Item item, LocalDate day, Optional<String> currency) throws OutOfStockException {
        return new Money(BigDecimal.ONE, currency.orElse("EUR"));
    }

    @JsonRpc
    public Uni<Catalog> catalog(Color color, JsonRpcContext context) throws ClosedException, InterruptedException {
        return Uni.createFrom().item(new Catalog());
    }

    @JsonRpc
    public Page<Item> page(int number, short size, Duration timeout) throws BackorderedException {
        return new Page<>();
    }

    @JsonRpc
    public Multi<Money> prices(String... currencies) {
        return Multi.createFrom().empty();
    }

    /** Empty when there is none: the result may be null. */
    @JsonRpc
    public Optional<Delivery> delivery(String order) {
        return Optional.empty();
    }

    @JsonRpc(transports = JsonRpcTransport.HTTP)
    public void record(JsonNode anything, byte[] blob, char initial) {
    }
}
