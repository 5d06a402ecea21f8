package io.quarkiverse.jsonrpc.server.test.openrpc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.smallrye.mutiny.Uni;

/** Methods whose types the schema review of {@link OpenRpcSchemaReviewTest} checks. */
public class Catalogue {

    public record Item(@JsonProperty("item_name") String name, @JsonIgnore String secret,
            int quantity, String code,
            String owner) {
    }

    public record Page<T>(List<T> items, int total) {
    }

    /** Jackson reads and writes it as the list it extends. */
    public static class Items extends ArrayList<Item> {
    }

    /** A map by another name, of a generic class of the application's. */
    public static class Counts<K> extends HashMap<K, Integer> {
    }

    public static class Tally extends Counts<String> {
    }

    /** A tree: a list of itself. */
    public record Node(String label, List<Node> children) {
    }

    /** Written by its code: "s", "m", "l". */
    public enum Size2 {
        SMALL("s"),
        MEDIUM("m"),
        LARGE("l");

        private final String code;

        Size2(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public enum Shelf {
        TOP,
        @JsonProperty("low")
        BOTTOM
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Sparse {
        public String present;
        public Integer count;
        public int primitive;
    }

    @JsonRpc
    public List<Map<String, Optional<Item>>> nested() {
        return List.of(Map.of("none", Optional.empty()));
    }

    @JsonRpc
    public Page<Item> items() {
        return new Page<>(List.of(), 0);
    }

    @JsonRpc
    public Page<LocalDate> days() {
        return new Page<>(List.of(), 0);
    }

    @JsonRpc
    public Tally tally(Items items) {
        Tally tally = new Tally();
        items.forEach(item -> tally.merge(item.name(), item.quantity(), Integer::sum));
        return tally;
    }

    // pages of types their labels cannot tell apart: a wildcard is Object in a component's name

    @JsonRpc
    public Page<? extends Number> numbers() {
        return new Page<>(List.of(), 0);
    }

    @JsonRpc
    public Page<? extends CharSequence> texts() {
        return new Page<>(List.of(), 0);
    }

    @JsonRpc
    public Page<? extends Boolean> flags() {
        return new Page<>(List.of(), 0);
    }

    @JsonRpc
    public Node tree(Node root) {
        return root;
    }

    @JsonRpc
    public Size2 size(Size2 size) {
        return size;
    }

    @JsonRpc
    public Sparse sparse(Integer boxed, int primitive, OptionalInt limit) {
        return new Sparse();
    }

    @JsonRpc
    public int count(List<Long> ids) {
        return ids.size();
    }

    public record Window(OptionalInt limit, OptionalLong from, OptionalDouble ratio) {
    }

    @JsonRpc
    public Window lastWindow() {
        return new Window(OptionalInt.empty(), OptionalLong.of(6), OptionalDouble.empty());
    }

    /** Says what it was given: a Java null would fail it. */
    @JsonRpc
    public String window(OptionalInt limit, OptionalLong from, OptionalDouble ratio) {
        return limit + " " + from + " " + ratio;
    }

    @JsonRpc
    public int total(Page<LocalDate> page) {
        return page.total();
    }

    @JsonRpc
    public BigInteger big(BigDecimal amount, Instant at, byte[] blob) {
        return BigInteger.ONE;
    }

    /** The year after: a Year is written as a string (Quarkus writes dates as text), and read as either. */
    @JsonRpc
    public Year next(Year year) {
        return year.plusYears(1);
    }

    /** Half an hour later: an OffsetTime is written as its toString(), without seconds where they are zero. */
    @JsonRpc
    public OffsetTime halfAnHourLater(OffsetTime time) {
        return time.plusMinutes(30);
    }

    /** Maps whose keys Jackson writes in forms of their own: a date's text, an integer's digits, an enum's names. */
    @JsonRpc
    public Map<Shelf, Integer> shelves(Map<LocalDate, Integer> byDay, Map<Long, Boolean> flags) {
        return Map.of(Shelf.BOTTOM, byDay.size() + flags.size());
    }

    @JsonRpc
    public Map<Integer, String> byNumber(Map<Size2, Integer> bySize) {
        return Map.of();
    }

    @JsonRpc
    public io.quarkiverse.jsonrpc.server.test.openrpc.other.Item other(Item item) {
        return null;
    }

    @JsonRpc
    public CompletionStage<String> later() {
        return CompletableFuture.completedFuture("x");
    }

    @JsonRpc
    public Uni<Void> nothing() {
        return Uni.createFrom().voidItem();
    }

    /** An optional param before a required one. */
    @JsonRpc
    public String search(Optional<String> filter, int page) {
        return filter.orElse("all") + " " + page;
    }

    @Deprecated
    @JsonRpc
    public String old(int level, @Deprecated Optional<String> mode) {
        return "";
    }
}
