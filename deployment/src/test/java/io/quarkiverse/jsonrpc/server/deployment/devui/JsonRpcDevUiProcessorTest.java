package io.quarkiverse.jsonrpc.server.deployment.devui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.vertx.http.deployment.HttpRootPathBuildItem;

/** The Dev UI's form and links reach the endpoints where the application serves them, under its root path. */
class JsonRpcDevUiProcessorTest {

    @Test
    void anEndpointIsUnderTheRootPath() {
        assertThat(JsonRpcDevUiProcessor.underRoot(new HttpRootPathBuildItem("/api"), "/jsonrpc"))
                .isEqualTo("/api/jsonrpc");
        assertThat(JsonRpcDevUiProcessor.underRoot(new HttpRootPathBuildItem("/api/"), "/jsonrpc/openrpc.json"))
                .isEqualTo("/api/jsonrpc/openrpc.json");
        assertThat(JsonRpcDevUiProcessor.underRoot(new HttpRootPathBuildItem("/"), "/jsonrpc")).isEqualTo("/jsonrpc");
    }
}
