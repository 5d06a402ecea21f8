package io.quarkiverse.jsonrpc.client.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client of an interface the server serves at a {@code @JsonRpcEndpoint} calls the endpoint: a server's URL without
 * a path is given the endpoint's path, with the values of its path parameters, configured or given to the builder; a
 * URL with a path is called as written, and one whose path is not the endpoint's is warned about as the application
 * starts.
 */
public class EndpointClientTest {

    static final int PORT = SharedTcpRelay.port(EndpointClientTest.class.getName());

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(AdminApi.class, AdminServer.class, Housekeeping.class,
                    TenantApi.class, TenantServer.class, ServerUrlAdmin.class, EndpointUrlAdmin.class,
                    ConfiguredPathAdmin.class, Tenant.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"server-url\".url", "ws://localhost:" + PORT)
            .overrideConfigKey("quarkus.jsonrpc-client.\"endpoint-url\".url", "http://localhost:" + PORT + "/admin/")
            .overrideConfigKey("quarkus.jsonrpc-client.\"configured-path\".url", "http://localhost:" + PORT + "/jsonrpc")
            .overrideConfigKey("quarkus.jsonrpc-client.\"tenant\".url", "http://localhost:" + PORT)
            .overrideConfigKey("quarkus.jsonrpc-client.\"tenant\".path-params.\"tenant\"", "north east")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc.client"))
            .assertLogRecords(records -> assertThat(records).extracting(record -> ((ExtLogRecord) record).getFormattedMessage())
                    .containsExactly("The JSON-RPC client 'configured-path' (" + ConfiguredPathAdmin.class.getName()
                            + ") calls the methods of @JsonRpcEndpoint(\"/admin\") at http://localhost:" + PORT
                            + "/jsonrpc, whose path is not the endpoint's: a server serves the endpoint's methods at"
                            + " its path alone, under its root path if it has one, unless a proxy maps it. Set"
                            + " quarkus.jsonrpc-client.\"configured-path\".url to the endpoint's URL (http://localhost:"
                            + PORT + "/jsonrpc/admin, where /jsonrpc is the server's root path), or to the server's alone"
                            + " where it has none (http://localhost:" + PORT + "), which the client gives the endpoint's"
                            + " path"));

    /** Shared by the server and its clients: served at /admin. */
    @JsonRpcEndpoint("admin")
    public interface AdminApi {
        @JsonRpc
        String purge();
    }

    public static class AdminServer implements AdminApi {
        @Override
        public String purge() {
            return "purged at /admin";
        }
    }

    /** A method of the same name at the configured path, where a client of the interface must not call. */
    public static class Housekeeping {
        @JsonRpc
        public String purge() {
            return "purged at /jsonrpc";
        }
    }

    @JsonRpcEndpoint("/tenants/{tenant}")
    public interface TenantApi {
        @JsonRpc
        String tenant();
    }

    public static class TenantServer implements TenantApi {
        @Inject
        JsonRpcContext context;

        @Override
        public String tenant() {
            return context.pathParam("tenant");
        }
    }

    @RegisterJsonRpcClient(configKey = "server-url")
    public interface ServerUrlAdmin extends AdminApi {
    }

    @RegisterJsonRpcClient(configKey = "endpoint-url")
    public interface EndpointUrlAdmin extends AdminApi {
    }

    @RegisterJsonRpcClient(configKey = "configured-path")
    public interface ConfiguredPathAdmin extends AdminApi {
    }

    @RegisterJsonRpcClient(configKey = "tenant")
    public interface Tenant extends TenantApi {
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    ServerUrlAdmin serverUrl;

    @Inject
    @JsonRpcClient
    EndpointUrlAdmin endpointUrl;

    @Inject
    @JsonRpcClient
    ConfiguredPathAdmin configuredPath;

    @Inject
    @JsonRpcClient
    Tenant configuredTenant;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(EndpointClientTest.class.getName(), application.getPort());
    }

    @Test
    void aServersUrlIsGivenTheEndpointsPath() {
        assertThat(serverUrl.purge()).isEqualTo("purged at /admin");
        assertThat(((JsonRpcClientControl) serverUrl).serverUrl()).hasToString("ws://localhost:" + PORT + "/admin");
    }

    @Test
    void anEndpointsUrlIsCalledAsWritten() {
        assertThat(endpointUrl.purge()).isEqualTo("purged at /admin");
        assertThat(((JsonRpcClientControl) endpointUrl).serverUrl()).hasToString("http://localhost:" + PORT + "/admin/");
    }

    /** Warned about as the application started: the method of that name there is another. */
    @Test
    void aUrlWithAnotherPathIsCalledAsWritten() {
        assertThat(configuredPath.purge()).isEqualTo("purged at /jsonrpc");
    }

    @Test
    void theBuilderGivesAServersUrlTheEndpointsPath() {
        AdminApi admin = JsonRpcClientBuilder.newBuilder().url("http://localhost:" + application.getPort())
                .build(ServerUrlAdmin.class);
        try {
            assertThat(admin.purge()).isEqualTo("purged at /admin");
        } finally {
            ((JsonRpcClientControl) admin).close();
        }
    }

    @Test
    void anEndpointWithAPathParameterIsCalledAtTheUrlThatGivesItsValue() {
        Tenant acme = JsonRpcClientBuilder.newBuilder().url(application + "tenants/acme").build(Tenant.class);
        try {
            assertThat(acme.tenant()).isEqualTo("acme");
        } finally {
            ((JsonRpcClientControl) acme).close();
        }
    }

    /** The value in place of the path parameter, as one segment: encoded, and decoded by the server. */
    @Test
    void aServersUrlIsGivenTheEndpointsPathWithItsPathParameters() {
        assertThat(configuredTenant.tenant()).isEqualTo("north east");
        assertThat(((JsonRpcClientControl) configuredTenant).serverUrl())
                .hasToString("http://localhost:" + PORT + "/tenants/north%20east");

        Tenant globex = JsonRpcClientBuilder.newBuilder().url("ws://localhost:" + application.getPort())
                .pathParam("tenant", "globex").build(Tenant.class);
        try {
            assertThat(globex.tenant()).isEqualTo("globex");
        } finally {
            ((JsonRpcClientControl) globex).close();
        }
    }

    @Test
    void aServersUrlWithoutThePathParametersValuesIsRefused() {
        String server = "http://localhost:" + application.getPort();
        assertThatThrownBy(() -> JsonRpcClientBuilder.newBuilder().url(server).build(Tenant.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("The JSON-RPC client 'tenant' (" + Tenant.class.getName() + ") calls the methods of"
                        + " @JsonRpcEndpoint(\"/tenants/{tenant}\") at " + server + ", which names no path, and has no"
                        + " value for {tenant}: set pathParam(...) for each, or set url(...) to the endpoint's URL, a"
                        + " value in place of each path parameter: " + server + "/tenants/{tenant}");
    }
}
