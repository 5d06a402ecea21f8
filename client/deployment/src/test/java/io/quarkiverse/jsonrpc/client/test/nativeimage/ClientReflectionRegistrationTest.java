package io.quarkiverse.jsonrpc.client.test.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * An application that only calls a server: Jackson writes the client's params and reads its results and the
 * notifications it receives by reflection, so that in a native executable their types must be registered, and the
 * types they hold.
 */
public class ClientReflectionRegistrationTest {

    /** The build runs in another class loader than the test: what it saw travels as a system property. */
    static final String REGISTERED = "jsonrpc.test.client-reflective-classes";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Library.class, Book.class, Query.class, Shelf.class,
                    Chapter.class, Notice.class, Alert.class, Alerts.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"library\".url", "ws://localhost:1/jsonrpc")
            .addBuildChainCustomizer(builder -> builder.addBuildStep(ClientReflectionRegistrationTest::record)
                    .consumes(ReflectiveClassBuildItem.class)
                    .produces(FeatureBuildItem.class)
                    .build());

    static void record(BuildContext context) {
        Set<String> registered = new TreeSet<>();
        for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
            registered.addAll(item.getClassNames());
        }
        System.setProperty(REGISTERED, String.join(",", registered));
        context.produce(new FeatureBuildItem("client-reflection-registration-probe"));
    }

    public static class Book {
        public String title;
    }

    public static class Query {
        public String text;
    }

    public static class Shelf {
        public List<Book> books;
    }

    public record Chapter(int number) {
    }

    public record Notice(String text) {
    }

    public record Alert(String level) {
    }

    @RegisterJsonRpcClient(configKey = "library")
    public interface Library {
        @JsonRpc
        Book find(Query query);

        @JsonRpc
        Uni<Shelf> shelf();

        @JsonRpc
        Multi<Chapter> chapters();

        @OnJsonRpcNotification("notice")
        Multi<Notice> notices();
    }

    public static class Alerts {
        @OnJsonRpcNotification(value = "alert", client = "library")
        void on(Alert alert) {
        }
    }

    @Test
    void paramResultItemAndNotificationTypesAreRegistered() {
        assertThat(System.getProperty(REGISTERED).split(",")).contains(Query.class.getName(), Book.class.getName(),
                Shelf.class.getName(), Chapter.class.getName(), Notice.class.getName(), Alert.class.getName());
    }
}
