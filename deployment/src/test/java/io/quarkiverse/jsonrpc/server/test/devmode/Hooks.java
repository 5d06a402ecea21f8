package io.quarkiverse.jsonrpc.server.test.devmode;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;

/** Lifecycle hooks whose close reads what the open stored: both must run in the application of the connection. */
public class Hooks {

    private static final Logger LOG = Logger.getLogger(Hooks.class);

    @OnJsonRpcOpen
    void welcome(JsonRpcContext context) {
        String name = context.header("X-Name");
        context.userData().put("name", name == null ? "stranger" : name);
    }

    @OnJsonRpcClose
    void goodbye(JsonRpcContext context) {
        LOG.infof("Goodbye %s", context.userData().get("name"));
    }
}
