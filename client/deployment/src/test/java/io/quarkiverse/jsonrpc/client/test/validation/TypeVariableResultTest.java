package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** A type variable does not say what to read a result into. */
public class TypeVariableResultTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Api.class.getName() + "#get(java.lang.String) returns T, which does"
                            + " not say what to read the result into: use a concrete type (a class, a record,"
                            + " JsonNode...)")
                    .contains("@JsonRpc method " + Api.class.getName() + "#all() returns"
                            + " io.smallrye.mutiny.Uni<java.util.Map<java.lang.String, ?>>, whose ? does not say what to"
                            + " read the result into: use a concrete type (a class, a record, JsonNode...)")
                    .contains("@OnJsonRpcNotification method " + Api.class.getName() + "#changes() returns"
                            + " io.smallrye.mutiny.Multi<T>, whose T does not say what to read the notification's params"
                            + " into: use a concrete type (a class, a record, JsonNode...)")
                    .contains("@JsonRpc method " + Api.class.getName() + "#many(java.lang.String) returns T[], whose T"
                            + " does not say what to read the result into: use a concrete type (a class, a record,"
                            + " JsonNode...)"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "api")
    public interface Api {
        @JsonRpc
        <T> T get(String key);

        @JsonRpc
        Uni<Map<String, ?>> all();

        /** Read as an Object[], which the caller cannot take for the array it expects. */
        @JsonRpc
        <T> T[] many(String key);

        @OnJsonRpcNotification("changed")
        <T> Multi<T> changes();
    }
}
