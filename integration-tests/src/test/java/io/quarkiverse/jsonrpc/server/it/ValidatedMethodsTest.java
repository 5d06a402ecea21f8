package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.runtime.RecordedMethods;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Which methods are validated is decided at build time: those quarkus-hibernate-validator intercepts, the methods
 * with constraints. The others are called as without Bean Validation, and pay nothing for it.
 */
@QuarkusTest
class ValidatedMethodsTest {

    @Inject
    RecordedMethods recorded;

    @Test
    void onlyMethodsWithConstraintsAreValidated() {
        List<String> validated = recorded.methods().stream().filter(RecordedMethod::validated).map(RecordedMethod::name)
                .sorted().toList();
        assertThat(validated).containsExactly("createUser", "keyLength", "placeOrder", "shout", "square");
    }
}
