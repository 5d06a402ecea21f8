package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * What a {@code @JsonRpcClientExceptionMapper} must be, checked at build time: one per client interface, static,
 * taking the {@code JsonRpcClientException} alone and returning a {@code RuntimeException}, on a client interface. One
 * build reports them all.
 */
public class InvalidClientExceptionMapperTest {

    static final String M = "@JsonRpcClientExceptionMapper method ";
    static final String SHAPE = " must be static, take a JsonRpcClientException alone and return a RuntimeException"
            + " (null to leave the error as it is): static RuntimeException toException(JsonRpcClientException error)";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Checked.class, Params.class, Instance.class, Twice.class,
                    NotAClient.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"checked\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"params\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"instance\".url", "http://localhost:1/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"twice\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(M + Checked.class.getName() + "#toException(" + JsonRpcClientException.class.getName()
                            + ")" + SHAPE)
                    .contains(M + Params.class.getName() + "#toException(" + JsonRpcClientException.class.getName()
                            + ", java.lang.String)" + SHAPE)
                    .contains(M + Instance.class.getName() + "#toException(" + JsonRpcClientException.class.getName()
                            + ")" + SHAPE)
                    .contains("JSON-RPC client interface " + Twice.class.getName() + " has 2"
                            + " @JsonRpcClientExceptionMapper methods [" + Twice.class.getName() + "#first("
                            + JsonRpcClientException.class.getName() + "), " + Twice.class.getName() + "#second("
                            + JsonRpcClientException.class.getName() + ")]: keep one, which decides for every error of"
                            + " the interface's calls")
                    .contains(M + NotAClient.class.getName() + "#toException(" + JsonRpcClientException.class.getName()
                            + ") is not on a @RegisterJsonRpcClient interface, so no client calls it: declare it on the"
                            + " client interface whose errors it maps"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    /** A checked exception could not be thrown from the client's methods. */
    @RegisterJsonRpcClient(configKey = "checked")
    public interface Checked {
        @JsonRpc
        String ping();

        @JsonRpcClientExceptionMapper
        static Exception toException(JsonRpcClientException error) {
            return new Exception(error);
        }
    }

    @RegisterJsonRpcClient(configKey = "params")
    public interface Params {
        @JsonRpc
        String ping();

        @JsonRpcClientExceptionMapper
        static RuntimeException toException(JsonRpcClientException error, String method) {
            return null;
        }
    }

    @RegisterJsonRpcClient(configKey = "instance")
    public interface Instance {
        @JsonRpc
        String ping();

        @JsonRpcClientExceptionMapper
        default RuntimeException toException(JsonRpcClientException error) {
            return null;
        }
    }

    @RegisterJsonRpcClient(configKey = "twice")
    public interface Twice {
        @JsonRpc
        String ping();

        @JsonRpcClientExceptionMapper
        static RuntimeException first(JsonRpcClientException error) {
            return null;
        }

        @JsonRpcClientExceptionMapper
        static RuntimeException second(JsonRpcClientException error) {
            return null;
        }
    }

    public static class NotAClient {
        @JsonRpcClientExceptionMapper
        static RuntimeException toException(JsonRpcClientException error) {
            return null;
        }
    }
}
