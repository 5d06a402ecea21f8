package io.quarkiverse.jsonrpc.server.test.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An application error declared with a code the specification reserves, as jsonrpc4j's services use -32001, is
 * answered as declared, and the build warns that a client takes it for the server's own.
 */
public class ReservedCodeWarningTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Users.class, UserNotFoundException.class,
                    LogWatch.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).containsExactly(
                    "@JsonRpcError of " + UserNotFoundException.class.getName() + " declares code -32001 (this"
                            + " server's Unauthorized), which the JSON-RPC specification reserves: give application"
                            + " errors a code outside -32768 to -32000"));

    @JsonRpcError(code = -32001, message = "User not found")
    public static class UserNotFoundException extends RuntimeException {
    }

    public static class Users {
        @JsonRpc
        public String user(long id) {
            throw new UserNotFoundException();
        }
    }

    @Test
    void theErrorIsAnsweredAsDeclared() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"user\",\"params\":[7],\"id\":1}")).isEqualTo(
                "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"User not found\"},\"id\":1}");
    }
}
