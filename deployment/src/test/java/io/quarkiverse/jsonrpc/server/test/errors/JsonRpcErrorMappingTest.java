package io.quarkiverse.jsonrpc.server.test.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.test.HttpRpc;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An exception class annotated {@code @JsonRpcError}, or a subclass of one, becomes that error: with the declared
 * message, or the exception's own when none is declared. Checked exceptions too.
 */
public class JsonRpcErrorMappingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(InsufficientFundsException.class, OverdraftException.class,
                    UnknownAccountException.class, Bank.class, HttpRpc.class));

    @JsonRpcError(code = -32010, message = "Insufficient funds")
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

    @JsonRpcError(code = -32011)
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

    static final String INSUFFICIENT_FUNDS = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32010,"
            + "\"message\":\"Insufficient funds\"},\"id\":1}";
    static final String OVERDRAWN = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32010,"
            + "\"message\":\"Insufficient funds\"},\"id\":2}";
    static final String UNKNOWN_ACCOUNT = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32011,"
            + "\"message\":\"No account X-1\"},\"id\":3}";

    @TestHTTPResource("/jsonrpc")
    URI uri;

    @Test
    void overHttp() {
        assertThat(HttpRpc.call(WITHDRAW)).isEqualTo(INSUFFICIENT_FUNDS);
        assertThat(HttpRpc.call(OVERDRAW)).isEqualTo(OVERDRAWN);
        assertThat(HttpRpc.call(BALANCE)).isEqualTo(UNKNOWN_ACCOUNT);
    }

    @Test
    void overWebSocket() throws Exception {
        try (WebSocketTestConnection client = WebSocketTestConnection.open(uri)) {
            assertThat(client.call(WITHDRAW)).isEqualTo(INSUFFICIENT_FUNDS);
            assertThat(client.call(OVERDRAW)).isEqualTo(OVERDRAWN);
            assertThat(client.call(BALANCE)).isEqualTo(UNKNOWN_ACCOUNT);
        }
    }
}
