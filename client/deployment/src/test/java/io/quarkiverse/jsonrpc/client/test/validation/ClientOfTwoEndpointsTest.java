package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/** A client has one URL: its methods cannot be those of two endpoints, nor of an endpoint and the configured paths. */
public class ClientOfTwoEndpointsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Admin.class, Reports.class, Calculator.class, AdminAndReports.class,
                    AdminAndCalculator.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"both\".url", "http://localhost:1")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("JSON-RPC client interface " + AdminAndReports.class.getName() + " calls methods at /admin"
                            + " (Admin.purge) and /reports (Reports.monthly), which a server serves at different URLs: a"
                            + " client has one URL, so declare a client interface for each endpoint")
                    .contains("JSON-RPC client interface " + AdminAndCalculator.class.getName() + " calls methods at"
                            + " /admin (Admin.purge) and the configured paths (Calculator.add), which a server serves at"
                            + " different URLs: a client has one URL, so declare a client interface for each endpoint"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @JsonRpcEndpoint("/admin")
    public interface Admin {
        @JsonRpc
        String purge();
    }

    @JsonRpcEndpoint("/reports/")
    public interface Reports {
        @JsonRpc
        String monthly();
    }

    public interface Calculator {
        @JsonRpc
        int add(int a, int b);
    }

    @RegisterJsonRpcClient(configKey = "both")
    public interface AdminAndReports extends Admin, Reports {
    }

    @RegisterJsonRpcClient(configKey = "both")
    public interface AdminAndCalculator extends Admin, Calculator {
    }
}
