package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Nullable;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcMethods;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The {@code Shop} of the methods guide answers the calls the guide shows as it shows: a record param and result,
 * an {@code Optional} param left out or null, a varargs param of records by position, by name and left out, and the
 * {@code JsonRpcMethods} entry of the varargs method; and {@code java.time} types as the guide lists them, with
 * Quarkus' default {@code ObjectMapper}.
 */
public class MethodsGuideShopTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class, Shop.Item.class, Catalogue.class, Schedule.class));

    @JsonRpcNamespace("shop")
    public static class Shop {

        public record Item(String sku, int quantity) {
        }

        @JsonRpc
        public List<Item> order(List<Item> items, Optional<String> coupon) {
            return coupon.isEmpty() ? items : List.of();
        }

        @JsonRpc("total")
        public int sumOfQuantities(String currency, Item... items) {
            return Arrays.stream(items).mapToInt(Item::quantity).sum();
        }

        /** Varargs said to be nullable, as a null-checking tool may want them: varargs still. */
        @JsonRpc
        public int lines(String currency, @Nullable Item... items) {
            return items.length;
        }
    }

    @JsonRpcNamespace("schedule")
    public static class Schedule {

        @JsonRpc
        public Duration twice(Duration duration) {
            return duration.multipliedBy(2);
        }

        @JsonRpc
        public LocalDate dayAfter(LocalDate day) {
            return day.plusDays(1);
        }
    }

    public static class Catalogue {

        @Inject
        JsonRpcMethods methods;

        @JsonRpc
        public JsonRpcMethods.MethodInfo describe(String name) {
            return methods.find(name).orElseThrow(() -> new JsonRpcException(1404, "No method " + name));
        }
    }

    @Test
    void aRecordIsAParamAndAResultAndAnOptionalParamMayBeLeftOutOrNull() {
        String items = "[{\"sku\":\"A-1\",\"quantity\":2}]";
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"shop.order\", \"params\": [" + items
                + "], \"id\": 3}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + items + ",\"id\":3}");
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"shop.order\", \"params\": [" + items
                + ", null], \"id\": 5}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + items + ",\"id\":5}");
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"shop.order\", \"params\": {\"items\": " + items
                + "}, \"id\": 6}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":" + items + ",\"id\":6}");
    }

    /** A date as an ISO-8601 string; a {@code Duration} written as its seconds, and read as either. */
    @Test
    void javaTimeTypesAsTheGuideSays() {
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"schedule.dayAfter\", \"params\": [\"2026-12-31\"],"
                + " \"id\": 1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"2027-01-01\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"schedule.twice\", \"params\": [\"PT1H\"],"
                + " \"id\": 2}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":7200.000000000,\"id\":2}");
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"schedule.twice\", \"params\": [1.5],"
                + " \"id\": 3}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3.000000000,\"id\":3}");
    }

    @Test
    void aVarargsParamTakesTheRemainingParamsAnArrayByNameOrNothing() {
        assertThat(HttpRpc.call("""
                {"jsonrpc": "2.0", "method": "shop.total", "params": ["EUR", {"sku": "A", "quantity": 2}, \
                {"sku": "B", "quantity": 3}], "id": 7}"""))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":5,\"id\":7}");
        assertThat(HttpRpc.call("""
                {"jsonrpc": "2.0", "method": "shop.total", "params": {"currency": "EUR", "items": \
                [{"sku": "A", "quantity": 2}]}, "id": 8}"""))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":8}");
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"shop.total\", \"params\": [\"EUR\"], \"id\": 9}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":0,\"id\":9}");
        // @Nullable on varargs changes none of it
        assertThat(HttpRpc.call("""
                {"jsonrpc": "2.0", "method": "shop.lines", "params": ["EUR", {"sku": "A", "quantity": 2}, \
                {"sku": "B", "quantity": 3}], "id": 10}"""))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":10}");
        assertThat(HttpRpc.call("{\"jsonrpc\": \"2.0\", \"method\": \"shop.lines\", \"params\": [\"EUR\"], \"id\": 11}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":0,\"id\":11}");
    }

    @Test
    void theCatalogueDescribesTheVarargsMethod() {
        // a type by its canonical name, the class behind the method by its binary name
        String shop = Shop.class.getName();
        assertThat(HttpRpc.call("""
                {"jsonrpc": "2.0", "method": "describe", "params": ["shop.total"], "id": 10}"""))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"name\":\"shop.total\",\"params\":["
                        + "{\"name\":\"currency\",\"type\":\"java.lang.String\",\"required\":true},"
                        + "{\"name\":\"items\",\"type\":\"" + Shop.Item[].class.getCanonicalName()
                        + "\",\"required\":false}],"
                        + "\"returnType\":\"int\",\"transports\":[\"WEBSOCKET\",\"HTTP\"],"
                        + "\"declaringClass\":\"" + shop + "\",\"javaMethod\":\"sumOfQuantities\",\"endpoint\":null},"
                        + "\"id\":10}");
    }
}
