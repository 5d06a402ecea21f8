package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A type-variable parameter tells Jackson nothing about what to read. */
public class TypeVariableParameterTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Generic.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Generic.class.getName() + "#store(T) has parameter 'value' of type T, which"
                            + " does not say what to read from JSON: declare it with a concrete type (a class, a record,"
                            + " JsonNode...)"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Generic {
        @JsonRpc
        public <T> void store(T value) {
        }
    }
}
