package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** Two parameters of one name, one renamed by @JsonProperty: named params could not tell them apart. */
public class DuplicateParamNameTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Transfers.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains("@JsonRpc method "
                    + Transfers.class.getName() + "#move(java.lang.String, java.lang.String) has two parameters named"
                    + " 'from' (a @JsonProperty renames one): named params could not tell them apart"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Transfers {
        @JsonRpc
        public String move(String from, @JsonProperty("from") String to) {
            return from + to;
        }
    }
}
