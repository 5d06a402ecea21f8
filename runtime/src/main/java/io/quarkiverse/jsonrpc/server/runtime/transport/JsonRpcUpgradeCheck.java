package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.RecordedMethods;
import io.quarkiverse.jsonrpc.server.runtime.security.UpgradeSecurity;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;

/**
 * Whether an upgrade to the JSON-RPC WebSocket may happen, and what one that may gets. While the application stops
 * (see {@link GracefulShutdown}), none may: a new connection is refused with 503, from the stop signal on, through
 * {@code quarkus.shutdown.delay}, since it would be closed before long, its open hooks run for nothing; a client that
 * reconnects finds another instance, or this one once restarted. Otherwise the caller's origin and identity decide
 * ({@link UpgradeSecurity}). A permitted upgrade gets the UTF-8 check of the text frames to come
 * ({@link Utf8FrameCheck}) and, where compression is on, the threshold under which the messages sent go out
 * uncompressed ({@link CompressionThreshold}), and its request is ended for Quarkus once the connection opens
 * ({@link UpgradeRequestCompletion}). The endpoint of a {@code @JsonRpcEndpoint} no bean has (its classes are
 * alternatives not enabled), generated before the beans were known, is not there: an upgrade to it gets 404, as its
 * HTTP path does.
 * <p>
 * One check for all of it, rather than one per concern: websockets-next chains the checks of an endpoint with Mutiny
 * operators of its own, two for each check after the first, and every operator made captures the thread contexts for
 * Context Propagation. Three checks cost each upgrade about a kilobyte more garbage than one.
 */
@Singleton
public class JsonRpcUpgradeCheck implements HttpUpgradeCheck {

    /**
     * The websockets-next id of the JSON-RPC endpoint at the configured path, which the build generates; those of the
     * {@code @JsonRpcEndpoint}s follow it with their paths. The endpoints this check guards.
     */
    public static final String ENDPOINT_ID = "io.quarkiverse.jsonrpc-server";

    private static final Uni<CheckResult> REFUSED = CheckResult.rejectUpgrade(503);
    private static final Uni<CheckResult> NOT_FOUND = CheckResult.rejectUpgrade(404);
    /** An item known from the start: one for every upgrade. */
    private static final Uni<CheckResult> PERMITTED = CheckResult.permitUpgrade();

    private final UpgradeSecurity security;
    private final CompressionThreshold compressionThreshold;
    /** Made once: a method reference made per upgrade would be one more object for each. */
    private final Function<HttpUpgradeContext, Uni<CheckResult>> permit = this::permitted;
    /** The ids of the endpoints a bean has: the configured path's, and those of the recorded endpoints. */
    private final Set<String> served = new HashSet<>();
    private volatile boolean stopping;

    JsonRpcUpgradeCheck(UpgradeSecurity security, CompressionThreshold compressionThreshold, RecordedMethods recorded) {
        this.security = security;
        this.compressionThreshold = compressionThreshold;
        served.add(endpointId(null));
        recorded.endpoints().forEach(endpoint -> served.add(endpointId(endpoint)));
    }

    /** The application begins to stop: from now on, upgrades are refused. */
    void stopAccepting() {
        stopping = true;
    }

    /**
     * The websockets-next id of a JSON-RPC endpoint.
     *
     * @param endpoint the path of a {@code @JsonRpcEndpoint}; {@code null} for the configured path
     */
    public static String endpointId(String endpoint) {
        return endpoint == null ? ENDPOINT_ID : ENDPOINT_ID + " " + endpoint;
    }

    /**
     * The endpoint of a websockets-next id {@link #endpointId} gave: the path of a {@code @JsonRpcEndpoint};
     * {@code null} for the configured path.
     */
    static String endpoint(String endpointId) {
        return endpointId.length() == ENDPOINT_ID.length() ? null : endpointId.substring(ENDPOINT_ID.length() + 1);
    }

    /** Whether a websockets-next endpoint is one of the JSON-RPC endpoints the build generates. */
    static boolean isJsonRpc(String endpointId) {
        return endpointId.startsWith(ENDPOINT_ID)
                && (endpointId.length() == ENDPOINT_ID.length() || endpointId.charAt(ENDPOINT_ID.length()) == ' ');
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return isJsonRpc(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (!served.contains(context.endpointId())) {
            return NOT_FOUND;
        }
        if (stopping) {
            return REFUSED;
        }
        return security.check(context, permit);
    }

    private Uni<CheckResult> permitted(HttpUpgradeContext context) {
        Utf8FrameCheck.install(context.httpRequest());
        compressionThreshold.install(context.httpRequest());
        // graceful shutdown waits for the requests in progress: this one ends when its connection opens
        UpgradeRequestCompletion.upgrading(context);
        return PERMITTED;
    }
}
