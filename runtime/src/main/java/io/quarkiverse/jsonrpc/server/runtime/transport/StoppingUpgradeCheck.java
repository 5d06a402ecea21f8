package io.quarkiverse.jsonrpc.server.runtime.transport;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.security.WebSocketUpgradeCheck;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * Once the application begins to stop (see {@link GracefulShutdown}), a new WebSocket connection is refused with 503,
 * from the stop signal on, through {@code quarkus.shutdown.delay}: it would be closed before long, its open hooks
 * run for nothing. A client that reconnects finds another instance, or this one once restarted. An
 * upgrade it permits is a request that Quarkus's own graceful shutdown would otherwise wait for to the end of its
 * timeout (see {@link UpgradeRequestCompletion}).
 */
@Singleton
public class StoppingUpgradeCheck implements HttpUpgradeCheck {

    private static final Uni<CheckResult> REFUSED = CheckResult.rejectUpgrade(503);
    private static final Uni<CheckResult> PERMITTED = CheckResult.permitUpgrade();

    private volatile boolean stopping;

    /** The application begins to stop: from now on, upgrades are refused. */
    void stopAccepting() {
        stopping = true;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return WebSocketUpgradeCheck.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (stopping) {
            return REFUSED;
        }
        // graceful shutdown waits for the requests in progress: this one ends when its connection opens
        UpgradeRequestCompletion.upgrading(context);
        return PERMITTED;
    }
}
