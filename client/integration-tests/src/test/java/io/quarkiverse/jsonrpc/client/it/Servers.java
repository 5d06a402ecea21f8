package io.quarkiverse.jsonrpc.client.it;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts every server the client calls before the application starts, and gives the clients their URLs: the example
 * app (packaged jar) and the npm servers. Shared by every test class, so the application boots once.
 */
public class Servers implements QuarkusTestResourceLifecycleManager {

    private ExampleAppProcess exampleApp;
    private NpmServers npm;

    @Override
    public Map<String, String> start() {
        try {
            exampleApp = new ExampleAppProcess("shared", ExampleAppProcess.freePort()).start();
            npm = new NpmServers().start();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException(e);
        }
        // the port of the instance ReconnectTest starts, stops and starts again
        int restartable = ExampleAppProcess.freePort();
        return Map.of(
                "quarkus.jsonrpc-client.\"example\".url", exampleApp.url("http"),
                "quarkus.jsonrpc-client.\"restartable\".url", "ws://127.0.0.1:" + restartable + "/jsonrpc",
                "servers.restartable.port", Integer.toString(restartable),
                "quarkus.jsonrpc-client.\"chat\".url", exampleApp.url("ws"),
                "quarkus.jsonrpc-client.\"npm\".url", "http://127.0.0.1:" + npm.jsonRpc2Http,
                "quarkus.jsonrpc-client.\"eth\".url", "ws://127.0.0.1:" + npm.jsonRpc2WebSocket,
                "servers.example-app.port", Integer.toString(exampleApp.port()),
                "servers.json-rpc-2.0.ws", "ws://127.0.0.1:" + npm.jsonRpc2WebSocket,
                "servers.jayson.http", "http://127.0.0.1:" + npm.jaysonHttp);
    }

    @Override
    public void stop() {
        try {
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
