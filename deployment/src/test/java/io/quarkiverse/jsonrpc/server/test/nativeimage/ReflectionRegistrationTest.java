package io.quarkiverse.jsonrpc.server.test.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveMethodBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * Jackson reads params and writes results by reflection: in a native executable their types must be registered.
 * The build registers the hierarchy of every parameter and result type: records, POJOs with nested generics, enums;
 * and the data of a declared error where its {@code errorData()} says its type.
 * The WebSocket transport reaches two websockets-next accessors by method handle, which a native executable resolves
 * only when they are registered too.
 */
public class ReflectionRegistrationTest {

    /** The build runs in another class loader than the test: what it saw travels as a system property. */
    static final String REGISTERED = "jsonrpc.test.reflective-hierarchy";
    static final String REGISTERED_METHODS = "jsonrpc.test.reflective-methods";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Catalog.class, Item.class, Shelf.class, Colour.class,
                    Balance.class, OutOfStock.class))
            .addBuildChainCustomizer(builder -> builder.addBuildStep(ReflectionRegistrationTest::record)
                    .consumes(ReflectiveHierarchyBuildItem.class)
                    .consumes(ReflectiveMethodBuildItem.class)
                    .produces(FeatureBuildItem.class)
                    .build());

    static void record(BuildContext context) {
        Set<String> registered = new TreeSet<>();
        for (ReflectiveHierarchyBuildItem item : context.consumeMulti(ReflectiveHierarchyBuildItem.class)) {
            registered.add(item.getType().name().toString());
        }
        System.setProperty(REGISTERED, String.join(",", registered));
        Set<String> methods = new TreeSet<>();
        for (ReflectiveMethodBuildItem item : context.consumeMulti(ReflectiveMethodBuildItem.class)) {
            methods.add(item.getDeclaringClass() + "#" + item.getName());
        }
        System.setProperty(REGISTERED_METHODS, String.join(",", methods));
        context.produce(new FeatureBuildItem("reflection-registration-probe"));
    }

    public record Item(String name, Colour colour) {
    }

    public enum Colour {
        RED,
        GREEN
    }

    public static class Shelf {
        public Map<String, List<Item>> items;
    }

    public record Balance(long cents) {
    }

    @JsonRpcError(code = 1002, message = "Out of stock")
    public static class OutOfStock extends RuntimeException implements JsonRpcError.Data {
        @Override
        public Balance errorData() {
            return new Balance(3);
        }
    }

    public static class Catalog {
        @JsonRpc
        public Item find(String name) {
            return new Item(name, Colour.RED);
        }

        @JsonRpc
        public Uni<Shelf> stock(Shelf shelf) {
            return Uni.createFrom().item(shelf);
        }

        @JsonRpc
        public int count(Colour colour) {
            return 0;
        }

        @JsonRpc
        public void order() {
            throw new OutOfStock();
        }
    }

    @Test
    void paramAndResultTypesAreRegistered() {
        assertThat(System.getProperty(REGISTERED).split(",")).contains(
                Item.class.getName(),
                Shelf.class.getName(),
                Colour.class.getName(),
                Balance.class.getName());
    }

    @Test
    void theQuarkusMethodsTheTransportReachesByHandleAreRegisteredAndExist() throws Exception {
        List<String> accessors = List.of("io.quarkus.websockets.next.runtime.WebSocketConnectionBase#webSocket",
                "io.quarkus.websockets.next.runtime.HttpUpgradeContextImpl#routingContext",
                "io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper#done");
        assertThat(System.getProperty(REGISTERED_METHODS).split(",")).contains(accessors.toArray(String[]::new));
        for (String accessor : accessors) {
            String[] classAndMethod = accessor.split("#");
            assertThat(Class.forName(classAndMethod[0]).getDeclaredMethod(classAndMethod[1]).getParameterCount())
                    .isZero();
        }
    }
}
