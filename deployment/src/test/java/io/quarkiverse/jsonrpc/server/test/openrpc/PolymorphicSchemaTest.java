package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A type Jackson reads by the name in one of its properties is described as {@code oneOf} its subtypes, each with that
 * property holding its name: those {@code @JsonSubTypes} lists (a Java sealed type's permitted classes are not read
 * without it, see {@link SealedTypeSchemaTest}), named by {@code @JsonTypeName} or by their class.
 */
public class PolymorphicSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Geometry.class, Shape.class, Circle.class, Square.class,
                    Event.class, Opened.class, Closed.class, Fruit.class, Apple.class, Pear.class));

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({ @JsonSubTypes.Type(value = Circle.class, name = "circle"),
            @JsonSubTypes.Type(value = Square.class, name = "square") })
    public interface Shape {
    }

    public record Circle(double radius) implements Shape {
    }

    public record Square(double side) implements Shape {
    }

    /** Its subtypes named by @JsonTypeName or by their class. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    @JsonSubTypes({ @JsonSubTypes.Type(Opened.class), @JsonSubTypes.Type(Closed.class) })
    public sealed interface Event permits Opened, Closed {
    }

    @JsonTypeName("opened")
    public record Opened(String by) implements Event {
    }

    public record Closed(String by) implements Event {
    }

    /** Named by their class's simple name: without the enclosing class. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME)
    @JsonSubTypes({ @JsonSubTypes.Type(Apple.class), @JsonSubTypes.Type(Pear.class) })
    public interface Fruit {
    }

    public record Apple(int seeds) implements Fruit {
    }

    public record Pear(int seeds) implements Fruit {
    }

    public static class Geometry {
        @JsonRpc
        public double area(Shape shape) {
            return shape instanceof Circle circle ? Math.PI * circle.radius() * circle.radius()
                    : ((Square) shape).side() * ((Square) shape).side();
        }

        @JsonRpc
        public Event last() {
            return new Opened("ada");
        }

        @JsonRpc
        public Fruit same(Fruit fruit) {
            return fruit;
        }

        /** A subtype itself: Jackson reads and writes it with its supertype's type name too. */
        @JsonRpc
        public Circle grown(Circle circle) {
            return new Circle(circle.radius() + 1);
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void oneOfTheSubtypesEachWithItsName() throws Exception {
        JsonNode schemas = Http.getJson("/jsonrpc/openrpc.json").at("/components/schemas");
        assertThat(schemas.get("Shape").toString()).isEqualTo("{\"oneOf\":["
                + "{\"type\":\"object\",\"properties\":{\"kind\":{\"const\":\"circle\"},\"radius\":{\"type\":\"number\"}},"
                + "\"required\":[\"kind\"]},"
                + "{\"type\":\"object\",\"properties\":{\"kind\":{\"const\":\"square\"},\"side\":{\"type\":\"number\"}},"
                + "\"required\":[\"kind\"]}]}");
        assertThat(schemas.get("Event").toString()).isEqualTo("{\"oneOf\":["
                + "{\"type\":\"object\",\"properties\":{\"@type\":{\"const\":\"opened\"},\"by\":{\"type\":\"string\"}},"
                + "\"required\":[\"@type\"]},"
                + "{\"type\":\"object\",\"properties\":{\"@type\":{\"const\":\"PolymorphicSchemaTest$Closed\"},"
                + "\"by\":{\"type\":\"string\"}},\"required\":[\"@type\"]}]}");
        // what the server reads and writes
        try (JsonRpcTestClient client = JsonRpcTestClient.http(uri)) {
            assertThat(client.call(Double.class, "area", new ObjectMapper().readTree("{\"kind\":\"square\",\"side\":3}")))
                    .isEqualTo(9.0);
            assertThat(client.call("last").toString()).isEqualTo("{\"@type\":\"opened\",\"by\":\"ada\"}");
        }
    }

    /** A type read by its subtypes' simple names is described with those names. */
    @Test
    void subtypesBySimpleName() throws Exception {
        JsonNode schemas = Http.getJson("/jsonrpc/openrpc.json").at("/components/schemas");
        assertThat(schemas.get("Fruit").toString()).isEqualTo("{\"oneOf\":["
                + "{\"type\":\"object\",\"properties\":{\"@type\":{\"const\":\"Apple\"},\"seeds\":"
                + "{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}},\"required\":[\"@type\"]},"
                + "{\"type\":\"object\",\"properties\":{\"@type\":{\"const\":\"Pear\"},\"seeds\":"
                + "{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}},\"required\":[\"@type\"]}]}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"same\",\"params\":[{\"@type\":\"Pear\","
                + "\"seeds\":3}],\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"@type\":\"Pear\","
                        + "\"seeds\":3},\"id\":1}");
    }

    /**
     * A subtype used as a param's or a result's type is described with its name, required: Jackson reads it by its
     * supertype's @JsonTypeInfo, refuses it without the name, and writes the name.
     */
    @Test
    void aSubtypeItselfIsDescribedWithItsName() throws Exception {
        JsonNode schemas = Http.getJson("/jsonrpc/openrpc.json").at("/components/schemas");
        assertThat(schemas.get("Circle").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"kind\":{\"const\":\"circle\"},\"radius\":{\"type\":\"number\"}},\"required\":[\"kind\"]}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"grown\",\"params\":[{\"kind\":\"circle\","
                + "\"radius\":1}],\"id\":1}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"kind\":\"circle\","
                        + "\"radius\":2.0},\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"grown\",\"params\":[{\"radius\":1}],\"id\":1}"))
                .startsWith("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,");
    }

    /** What the schema's oneOf refuses, the server refuses too, naming the property of the type and what it takes. */
    @Test
    void anObjectWithoutOneOfTheNamesIsInvalidParams() {
        assertThat(call("{\"side\":3}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                + "\"message\":\"Invalid params: 'shape.kind' is missing: one of \\\"circle\\\", \\\"square\\\"\"},\"id\":1}");
        assertThat(call("{\"kind\":\"hexagon\",\"side\":3}")).isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                + "\"message\":\"Invalid params: 'shape.kind' cannot take \\\"hexagon\\\", only one of \\\"circle\\\","
                + " \\\"square\\\"\"},\"id\":1}");
    }

    private static String call(String shape) {
        return HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"area\",\"params\":[" + shape + "],\"id\":1}");
    }
}
