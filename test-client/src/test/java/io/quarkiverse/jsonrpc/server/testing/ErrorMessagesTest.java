package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.core.type.TypeReference;

/** What a failed expectation says: enough to see what came instead. */
class ErrorMessagesTest {

    @RegisterExtension
    static final FakeServer server = new FakeServer();

    @Test
    void aCallExpectedToFailSaysWhatItReturned() {
        JsonRpcTestClient client = JsonRpcTestClient.http(server.http());
        assertThatThrownBy(() -> client.callForError("add", 1, 2)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected add to fail, but it returned 3");
    }

    @Test
    void aBatchCallExpectedToFailSaysWhichAndWhatItReturned() {
        JsonRpcTestClient client = JsonRpcTestClient.http(server.http());
        List<BatchResponse> responses = client.batch().call("add", 1, 2).send();
        assertThatThrownBy(() -> responses.get(0).error()).isInstanceOf(AssertionError.class)
                .hasMessage("Expected the call of id 1 to fail, but it returned 3");
    }

    /** A generic type fails as a class does: an assertion that names the result and the type. */
    @Test
    void aResultOfAnotherGenericTypeIsAnAssertion() {
        JsonRpcTestClient client = JsonRpcTestClient.http(server.http());
        assertThatThrownBy(() -> client.call(new TypeReference<List<Integer>>() {
        }, "echo", "x")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("The result \"x\" is no java.util.List<java.lang.Integer>: ");
    }
}
