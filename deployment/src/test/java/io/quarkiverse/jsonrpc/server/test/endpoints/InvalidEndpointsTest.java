package io.quarkiverse.jsonrpc.server.test.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * What the build refuses of {@code @JsonRpcEndpoint}, each with what to do instead: a path parameter that is not a
 * whole segment, one named twice, two paths apart only by their parameters' names, a wildcard, the root path, the configured
 * path, and one name for two methods of an
 * endpoint.
 */
public class InvalidEndpointsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(
                    jar -> jar.addClasses(Tenant.class, TwoTenants.class, Wildcard.class, Shop.class, Store.class, Root.class,
                            Configured.class, Twice.class, AlsoTwice.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t)).contains(
                    "@JsonRpcEndpoint(\"/tenants/t-{tenant}\") of " + Tenant.class.getName() + ": 't-{tenant}' is"
                            + " neither a segment served as written nor a path parameter: a path parameter is a whole"
                            + " segment, {tenant}, and a path has no wildcards (send what varies in a header or in the"
                            + " params)",
                    "@JsonRpcEndpoint(\"/tenants/{tenant}/{tenant}\") of " + TwoTenants.class.getName() + ": the path"
                            + " parameter {tenant} is named twice: give each its own name",
                    "@JsonRpcEndpoint(\"/shops/{store}\") of " + Store.class.getName() + ": /shops/{store} and"
                            + " /shops/{shop} are one route, their path parameters named apart: name them alike to make"
                            + " them one endpoint, or tell the paths apart by a segment",
                    "@JsonRpcEndpoint(\"/files/*\") of " + Wildcard.class.getName() + ": '*' is neither a segment"
                            + " served as written nor a path parameter: a path parameter is a whole segment, {tenant},"
                            + " and a path has no wildcards (send what varies in a header or in the params)",
                    "@JsonRpcEndpoint(\"/\") of " + Root.class.getName() + ": '/' is the application's root, where"
                            + " its pages are: give the endpoint a path of its own",
                    "@JsonRpcEndpoint(\"/jsonrpc/\") of " + Configured.class.getName() + ": /jsonrpc is"
                            + " quarkus.jsonrpc-server.http.path, where the methods without @JsonRpcEndpoint are"
                            + " served: leave the annotation out to serve the class's methods there too, or give the"
                            + " endpoint another path",
                    "JSON-RPC method name 'ping' is used by 2 methods [" + AlsoTwice.class.getName() + "#ping(), "
                            + Twice.class.getName() + "#ping()] at @JsonRpcEndpoint(\"/twice\"): give each a unique"
                            + " name with @JsonRpc(\"...\")")
                    // nor are the methods of an endpoint whose path is refused taken for the configured paths'
                    .doesNotContain(Root.class.getName() + "#ping()"));

    @JsonRpcEndpoint("/tenants/t-{tenant}")
    public static class Tenant {
        @JsonRpc
        public String ping() {
            return "tenant";
        }
    }

    @JsonRpcEndpoint("/tenants/{tenant}/{tenant}")
    public static class TwoTenants {
        @JsonRpc
        public String ping() {
            return "tenant";
        }
    }

    @JsonRpcEndpoint("/shops/{shop}")
    public static class Shop {
        @JsonRpc
        public String ping() {
            return "shop";
        }
    }

    @JsonRpcEndpoint("/shops/{store}")
    public static class Store {
        @JsonRpc
        public String ping() {
            return "store";
        }
    }

    @JsonRpcEndpoint("/files/*")
    public static class Wildcard {
        @JsonRpc
        public String ping() {
            return "files";
        }
    }

    @JsonRpcEndpoint("/")
    public static class Root {
        @JsonRpc
        public String ping() {
            return "root";
        }
    }

    @JsonRpcEndpoint("/jsonrpc/")
    public static class Configured {
        @JsonRpc
        public String ping() {
            return "configured";
        }
    }

    @JsonRpcEndpoint("/twice")
    public static class Twice {
        @JsonRpc
        public String ping() {
            return "twice";
        }
    }

    @JsonRpcEndpoint("twice")
    public static class AlsoTwice {
        @JsonRpc
        public String ping() {
            return "also twice";
        }
    }

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
