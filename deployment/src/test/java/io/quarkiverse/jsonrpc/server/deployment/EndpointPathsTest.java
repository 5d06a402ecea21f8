package io.quarkiverse.jsonrpc.server.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.vertx.http.deployment.HttpRootPathBuildItem;

/** The path of a {@code @JsonRpcEndpoint} as each transport reads it. */
class EndpointPathsTest {

    @Test
    void aPathIsARoutesPath() {
        List<String> problems = new ArrayList<>();
        assertThat(EndpointPaths.annotated("here", "admin/", problems)).isEqualTo("/admin");
        assertThat(EndpointPaths.annotated("here", " /tenants/{tenant}/rpc ", problems))
                .isEqualTo("/tenants/{tenant}/rpc");
        assertThat(problems).isEmpty();
    }

    @Test
    void pathParamsAreVertxsOnTheHttpRoute() {
        assertThat(EndpointPaths.httpRoute("/tenants/{tenant}/rooms/{room_1}")).isEqualTo("/tenants/:tenant/rooms/:room_1");
        assertThat(EndpointPaths.httpRoute("/admin")).isEqualTo("/admin");
    }

    @Test
    void theNamesOfThePathParams() {
        assertThat(EndpointPaths.params("/tenants/{tenant}/rooms/{room}")).containsExactly("tenant", "room");
        assertThat(EndpointPaths.params("/admin")).isEmpty();
    }

    @Test
    void anExampleHasEachPathParamsNameForValue() {
        assertThat(EndpointPaths.example("/tenants/{tenant}/rpc")).isEqualTo("/tenants/tenant/rpc");
    }

    /** As the Dev UI's form fills it in and the OpenRPC documents' servers name it. */
    @Test
    void anEndpointWithPathParamsKeepsThemUnderTheRootPath() {
        assertThat(EndpointPaths.underRoot(new HttpRootPathBuildItem("/api"), "/tenants/{tenant}"))
                .isEqualTo("/api/tenants/{tenant}");
        assertThat(EndpointPaths.underRoot(new HttpRootPathBuildItem("/"), "/tenants/{tenant}"))
                .isEqualTo("/tenants/{tenant}");
    }
}
