package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/** A {@code Uni} parameter has no JSON form. */
public class ReactiveParameterTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Reactive.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Reactive.class.getName()
                            + "#echo(io.smallrye.mutiny.Uni<java.lang.String>) has"
                            + " parameter 'value' of type io.smallrye.mutiny.Uni<java.lang.String>, which cannot be read"
                            + " from JSON: a client sends values, not pending results; declare it as java.lang.String"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Reactive {
        @JsonRpc
        public String echo(Uni<String> value) {
            return "";
        }
    }
}
