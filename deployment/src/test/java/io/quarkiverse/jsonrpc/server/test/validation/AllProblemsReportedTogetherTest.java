package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.inject.spi.DeploymentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * One build reports every problem, not only the first it finds: several of one method, and those of methods, exception
 * mappers and lifecycle hooks, which separate steps check, in one DeploymentException that lists them all.
 */
public class AllProblemsReportedTogetherTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, BuildFailure.class))
            .assertException(t -> {
                DeploymentException failure = findDeploymentException(t);
                assertThat(failure.getMessage()).startsWith("Found 6 deployment problems")
                        .contains("@JsonRpc method " + Broken.class.getName() + "#hidden() is private")
                        .contains("@JsonRpc method " + Broken.class.getName() + "#now() is static")
                        .contains("@JsonRpc method " + Broken.class.getName() + "#both() is private")
                        .contains("@JsonRpc method " + Broken.class.getName() + "#both() is static")
                        .contains("@JsonRpcExceptionMapper method " + Broken.class.getName() + "#map() has no exception"
                                + " parameter")
                        .contains("@OnJsonRpcOpen method " + Broken.class.getName() + "#opened() returns int");
            });

    private static DeploymentException findDeploymentException(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeploymentException deployment) {
                return deployment;
            }
        }
        throw new AssertionError("No DeploymentException in " + BuildFailure.messages(t));
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Broken {
        @JsonRpc
        private String hidden() {
            return "";
        }

        @JsonRpc
        public static long now() {
            return 0;
        }

        @JsonRpc
        private static long both() {
            return 0;
        }

        @JsonRpcExceptionMapper
        io.quarkiverse.jsonrpc.server.JsonRpcException map() {
            return null;
        }

        @OnJsonRpcOpen
        int opened() {
            return 0;
        }
    }
}
