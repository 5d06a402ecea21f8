package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.test.contracts.Book;
import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

/**
 * A bean serves the {@code @JsonRpc} methods of its superclasses as it serves its interfaces': the most derived method
 * runs, under the nearest {@code @JsonRpc} above it. An override without the annotation is served as the method it
 * overrides, an abstract method by its implementation; an override with its own {@code @JsonRpc} replaces the
 * inherited one. A sub-interface's redeclaration without the annotation leaves the method served too.
 */
public class InheritedMethodsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Pricing.class, Prices.class, Store.class, BookStore.class,
                    Book.class, Catalog.class, CatalogBase.class, Inventory.class, Labelled.class,
                    Tagged.class, Tag.class, Clock.class, TimedClock.class, FastClock.class, SlowClock.class,
                    Orders.class, ShopOrders.class, ThreadInfo.class));

    public abstract static class Pricing {
        @JsonRpc
        public abstract int price(String item);

        @JsonRpc
        public String currency() {
            return "EUR";
        }

        @JsonRpc
        public String region() {
            return "EU";
        }

        @JsonRpc
        public ThreadInfo thread() {
            return ThreadInfo.current();
        }
    }

    @JsonRpcNamespace("prices")
    public static class Prices extends Pricing {
        @Override
        public int price(String item) {
            return item.length();
        }

        @Override
        public String currency() {
            return "USD";
        }

        @Override
        @JsonRpc("area")
        public String region() {
            return "US";
        }

        @Override
        @NonBlocking
        public ThreadInfo thread() {
            return ThreadInfo.current();
        }
    }

    @Test
    void anAbstractMethodIsServedByItsImplementationWithTheDeclaredParamNames() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"prices.price\",\"params\":{\"item\":\"tea\"},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
    }

    @Test
    void anOverrideWithoutTheAnnotationIsServedAsTheMethodItOverrides() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"prices.currency\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"USD\",\"id\":1}");
    }

    @Test
    void anOverrideWithItsOwnAnnotationReplacesTheInheritedOne() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"prices.area\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"US\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"prices.region\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'prices.region'\"},\"id\":2}");
    }

    @Test
    void aThreadAnnotationOnTheOverrideChoosesTheThread() {
        JsonNode thread = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"prices.thread\",\"id\":1}").get("result");
        assertThat(thread.get("eventLoop").asBoolean()).isTrue();
    }

    @JsonRpcNamespace("orders")
    public abstract static class Orders {
        @JsonRpc
        public String list() {
            return "every order";
        }
    }

    public static class ShopOrders extends Orders {
        @Override
        @JsonRpc("all")
        public String list() {
            return "the shop's orders";
        }
    }

    /** As an interface method's implementation with its own {@code @JsonRpc} is, in the interface's namespace. */
    @Test
    void anOverrideWithItsOwnAnnotationIsNamedInTheNamespaceOfTheMethodItOverrides() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"orders.all\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"the shop's orders\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"all\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'all'\"},\"id\":2}");
    }

    public abstract static class Clock {
        @JsonRpc
        public ThreadInfo tick() {
            return ThreadInfo.current();
        }
    }

    /** Between the bean and the class that declares the method: its annotation applies to the bean's calls. */
    @NonBlocking
    public abstract static class TimedClock extends Clock {
    }

    @JsonRpcNamespace("fast")
    public static class FastClock extends TimedClock {
    }

    /** As the bean's namespace and interceptor bindings do, a thread annotation of its class hierarchy applies. */
    @Test
    void aThreadAnnotationOfTheBeansClassHierarchyAppliesToTheMethodsItInherits() {
        JsonNode thread = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"fast.tick\",\"id\":1}").get("result");
        assertThat(thread.get("eventLoop").asBoolean()).isTrue();
    }

    /** Nearer the bean than {@link TimedClock}: its annotation is the one that applies. */
    @Blocking
    @JsonRpcNamespace("slow")
    public static class SlowClock extends TimedClock {
    }

    @Test
    void theNearestClassToTheBeanWins() {
        JsonNode thread = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"slow.tick\",\"id\":1}").get("result");
        assertThat(thread.get("eventLoop").asBoolean()).isFalse();
        assertThat(thread.get("name").asText()).startsWith("executor-thread-");
    }

    /** A generic superclass: the bean binds {@code T}, and its override reads a {@code Book}. */
    public abstract static class Store<T> {
        @JsonRpc
        public abstract String stock(T item);
    }

    public static class BookStore extends Store<Book> {
        @Override
        public String stock(Book book) {
            return book.title() + " x" + book.pages();
        }
    }

    @Test
    void aGenericSuperclassMethodIsServedByTheOverrideOfItsBoundType() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"stock\","
                + "\"params\":{\"item\":{\"title\":\"Dune\",\"pages\":412}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Dune x412\",\"id\":1}");
    }

    /** An interface method whose superclass implementation carries {@code @JsonRpc} of its own. */
    @JsonRpcNamespace("catalog")
    public interface Catalog {
        @JsonRpc
        int count();
    }

    public abstract static class CatalogBase implements Catalog {
        @Override
        @JsonRpc("size")
        public int count() {
            return 1;
        }
    }

    public static class Inventory extends CatalogBase {
        @Override
        public int count() {
            return 2;
        }
    }

    @Test
    void anInterfaceMethodWhoseSuperclassImplementationIsAnnotatedIsServedOnceUnderTheNearestName() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"catalog.size\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"catalog.count\",\"id\":2}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'catalog.count'\"},\"id\":2}");
    }

    public interface Labelled {
        @JsonRpc
        String label();
    }

    /** Redeclares {@code label()}, to document it anew: it stays a JSON-RPC method. */
    public interface Tagged extends Labelled {
        @Override
        String label();
    }

    public static class Tag implements Tagged {
        @Override
        public String label() {
            return "red";
        }
    }

    @Test
    void aSubInterfaceRedeclaringAMethodWithoutTheAnnotationLeavesItServed() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"label\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"red\",\"id\":1}");
    }
}
