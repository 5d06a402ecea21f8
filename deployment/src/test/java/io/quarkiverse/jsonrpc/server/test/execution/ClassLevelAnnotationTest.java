package io.quarkiverse.jsonrpc.server.test.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/** {@code @Blocking} on a class applies to each of its methods, unless the method says otherwise. */
public class ClassLevelAnnotationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Service.class, ThreadInfo.class, HttpRpc.class));

    @Blocking
    public static class Service {
        @JsonRpc
        public Uni<ThreadInfo> inherited() {
            return Uni.createFrom().item(ThreadInfo.current());
        }

        @JsonRpc
        @NonBlocking
        public Uni<ThreadInfo> overridden() {
            return Uni.createFrom().item(ThreadInfo.current());
        }
    }

    @Test
    void methodAnnotationWinsOverClassAnnotation() {
        JsonPath inherited = JsonPath.from(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"inherited\",\"id\":1}"));
        assertThat(inherited.getBoolean("result.eventLoop")).isFalse();
        assertThat(inherited.getBoolean("result.blockingAllowed")).isTrue();

        JsonPath overridden = JsonPath.from(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"overridden\",\"id\":2}"));
        assertThat(overridden.getBoolean("result.eventLoop")).isTrue();
        assertThat(overridden.getBoolean("result.blockingAllowed")).isFalse();
    }
}
