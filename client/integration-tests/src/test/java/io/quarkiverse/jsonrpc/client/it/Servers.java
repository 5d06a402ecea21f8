package io.quarkiverse.jsonrpc.client.it;

import java.util.Map;

import io.quarkiverse.jsonrpc.server.testing.TcpRelay;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts every server the client calls before the application starts, and gives the clients their URLs: the example
 * app (packaged jar) and the npm servers, each on the port it took, and the relay in front of the instance
 * ReconnectTest starts, kills and starts again (injected into a test's {@link TcpRelay} field). Shared by every test
 * class, so the application boots once.
 */
public class Servers implements QuarkusTestResourceLifecycleManager {

    private ExampleAppProcess exampleApp;
    private NpmServers npm;
    private TcpRelay restartable;

    @Override
    public Map<String, String> start() {
        try {
            exampleApp = new ExampleAppProcess("shared").start();
            npm = new NpmServers();
            npm.start();
            restartable = new TcpRelay();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.jsonrpc-client.\"example\".url", exampleApp.url("http"),
                "quarkus.jsonrpc-client.\"restartable\".url", "ws://127.0.0.1:" + restartable.port() + "/jsonrpc",
                "quarkus.jsonrpc-client.\"chat\".url", exampleApp.url("ws"),
                "quarkus.jsonrpc-client.\"npm\".url", "http://127.0.0.1:" + npm.jsonRpc2Http,
                "quarkus.jsonrpc-client.\"eth\".url", "ws://127.0.0.1:" + npm.jsonRpc2WebSocket,
                "servers.example-app.port", Integer.toString(exampleApp.port()),
                "servers.json-rpc-2.0.ws", "ws://127.0.0.1:" + npm.jsonRpc2WebSocket,
                "servers.jayson.http", "http://127.0.0.1:" + npm.jaysonHttp);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(restartable, new TestInjector.MatchesType(TcpRelay.class));
    }

    @Override
    public void stop() {
        try {
            if (restartable != null) {
                restartable.close();
            }
            if (npm != null) {
                npm.close();
            }
            if (exampleApp != null) {
                exampleApp.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
