package io.quarkiverse.jsonrpc.server.interceptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * A constraint inside a {@code Uni} result stops the application at start, as the guide says: Hibernate Validator has
 * no value extractor for {@code Uni}, and quarkus-hibernate-validator reads the constraints when it starts.
 */
class ConstraintInsideUniTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(root -> root.addClasses(Nicknames.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "HV000197: No value extractor found for type parameter 'T' of type io.smallrye.mutiny.Uni."));

    public static class Nicknames {
        @JsonRpc
        public Uni<@Size(max = 8) String> nickname(String name) {
            return Uni.createFrom().item(name);
        }
    }

    @Test
    void theApplicationDoesNotStart() {
        fail("The application should not have started");
    }
}
