package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import jakarta.enterprise.inject.Vetoed;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.JsonRpcTestClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * As the testing guide says, a JSON-RPC bean of a normal scope can be replaced with a mock for one test: the calls of
 * both transports reach the mock, since the bean is looked up for each call.
 */
@QuarkusTest
class MockedJsonRpcBeanTest {

    /** Not a bean: a subclass would otherwise inherit the scope, and be a second bean of the type. */
    @Vetoed
    static class MockOutlook extends Outlook {
        @Override
        public String outlook() {
            return "mocked";
        }
    }

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void theMockAnswersOverBothTransports() {
        QuarkusMock.installMockForType(new MockOutlook(), Outlook.class);
        for (JsonRpcTransport transport : JsonRpcTransport.values()) {
            try (JsonRpcTestClient client = Users.client(transport, endpoint, "anonymous")) {
                assertThat(client.call(String.class, "outlook")).as("over %s", transport).isEqualTo("mocked");
            }
        }
    }

    @Test
    void withoutAMockTheBeanAnswers() {
        try (JsonRpcTestClient client = JsonRpcTestClient.http(endpoint)) {
            assertThat(client.call(String.class, "outlook")).isEqualTo("sunny");
        }
    }
}
