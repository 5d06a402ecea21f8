package io.quarkiverse.jsonrpc.server.test.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What an error looks like with the default configuration: an exception class annotated {@code @JsonRpcError}, or a
 * subclass of one, becomes that error; in test mode an unexpected exception shows its class and message; over HTTP an
 * error response is {@code 200}.
 * <p>
 * One application for all: each rule is about the default configuration, and no exception mapper or filter is
 * installed that would turn one bean's exception into another error.
 */
public class ErrorResponsesTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(InsufficientFundsException.class, OverdraftException.class,
                    UnknownAccountException.class, Bank.class, Leaky.class));

    @TestHTTPResource("/jsonrpc")
    URI uri;

    // @JsonRpcError on the exception class, or on a superclass: the declared message, or the exception's own when
    // none is declared; checked exceptions too

    @JsonRpcError(code = 1010, message = "Insufficient funds")
    public static class InsufficientFundsException extends RuntimeException {
        public InsufficientFundsException(String message) {
            super(message);
        }
    }

    /** Not annotated: maps through its superclass. */
    public static class OverdraftException extends InsufficientFundsException {
        public OverdraftException() {
            super("overdraft");
        }
    }

    @JsonRpcError(code = 1011)
    public static class UnknownAccountException extends Exception {
        public UnknownAccountException(String account) {
            super("No account " + account);
        }
    }

    public static class Bank {
        @JsonRpc
        public int withdraw(int amount) {
            throw new InsufficientFundsException("balance is 10, " + amount + " requested");
        }

        @JsonRpc
        public int overdraw() {
            throw new OverdraftException();
        }

        @JsonRpc
        public int balance(String account) throws UnknownAccountException {
            throw new UnknownAccountException(account);
        }
    }

    static final String WITHDRAW = "{\"jsonrpc\":\"2.0\",\"method\":\"withdraw\",\"params\":[50],\"id\":1}";
    static final String OVERDRAW = "{\"jsonrpc\":\"2.0\",\"method\":\"overdraw\",\"id\":2}";
    static final String BALANCE = "{\"jsonrpc\":\"2.0\",\"method\":\"balance\",\"params\":[\"X-1\"],\"id\":3}";

    static final String INSUFFICIENT_FUNDS = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1010,"
            + "\"message\":\"Insufficient funds\"},\"id\":1}";
    static final String OVERDRAWN = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1010,"
            + "\"message\":\"Insufficient funds\"},\"id\":2}";
    static final String UNKNOWN_ACCOUNT = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1011,"
            + "\"message\":\"No account X-1\"},\"id\":3}";

    @Test
    void errorMappingOverHttp() {
        assertThat(HttpRpc.call(WITHDRAW)).isEqualTo(INSUFFICIENT_FUNDS);
        assertThat(HttpRpc.call(OVERDRAW)).isEqualTo(OVERDRAWN);
        assertThat(HttpRpc.call(BALANCE)).isEqualTo(UNKNOWN_ACCOUNT);
    }

    @Test
    void errorMappingOverWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(WITHDRAW)).isEqualTo(INSUFFICIENT_FUNDS);
            assertThat(client.call(OVERDRAW)).isEqualTo(OVERDRAWN);
            assertThat(client.call(BALANCE)).isEqualTo(UNKNOWN_ACCOUNT);
        }
    }

    // outside production errors.include-details defaults to true: the developer sees the exception's class and
    // message (never its stack trace)

    public static class Leaky {
        @JsonRpc
        public String connect() {
            throw new IllegalStateException("db.internal unreachable");
        }
    }

    @Test
    void classAndMessageAreSentInTestMode() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"connect\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"db.internal unreachable\","
                        + "\"data\":{\"exception\":\"java.lang.IllegalStateException\","
                        + "\"message\":\"db.internal unreachable\"}},\"id\":1}");
    }

    // by default an error response is 200: the error is in the body, as over the WebSocket

    @Test
    void errorsAre200ByDefault() {
        assertThat(HttpRpc.answer("{").at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":1}").at("/error/code").asInt())
                .isEqualTo(-32601);
    }
}
