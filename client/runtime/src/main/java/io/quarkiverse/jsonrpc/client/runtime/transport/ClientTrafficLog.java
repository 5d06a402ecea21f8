package io.quarkiverse.jsonrpc.client.runtime.transport;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.common.logging.TrafficPayload;

/**
 * The messages a client sends and receives, logged at DEBUG under {@value #CATEGORY} where its traffic logging is on.
 * A line names the client by its config key and its server's URL, then the message, cut at the configured length.
 */
public final class ClientTrafficLog {

    public static final String CATEGORY = "io.quarkiverse.jsonrpc.client.traffic";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final String client;
    /** -1 for whole messages. */
    private final int payloadLimit;

    private ClientTrafficLog(ClientSettings settings) {
        this.client = "[" + settings.configKey() + " " + settings.url() + "]";
        this.payloadLimit = settings.trafficLogging().payloadLimit();
    }

    /** {@code null} where the client's traffic logging is off: then a message costs a null check and no more. */
    public static ClientTrafficLog of(ClientSettings settings) {
        return settings.trafficLogging().enabled() ? new ClientTrafficLog(settings) : null;
    }

    public void sent(byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s sent: %s", client, TrafficPayload.of(message, payloadLimit));
        }
    }

    public void received(byte[] message) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s received: %s", client, TrafficPayload.of(message, payloadLimit));
        }
    }

    /** An HTTP response, with its status; an empty body for none. */
    public void received(int status, byte[] body) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s received %d: %s", client, status, TrafficPayload.of(body, payloadLimit));
        }
    }
}
