package io.quarkiverse.jsonrpc.server.runtime.transport;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * The messages a connection sends while its open hooks run. They wait for the hooks, as a Channels consumer's
 * messages wait for its {@code connect}: served in order once the hooks have let the connection in, dropped if a hook
 * turns it away, which no call of the connection may then have got past. Bounded as the messages waiting to be
 * written are, in number and in bytes: a client that sends more before it is let in is closed. The close hooks of a
 * connection that closes while the open hooks run wait for them too.
 */
final class MessagesBeforeOpen {

    /** What becomes of a message read while the hooks may still run. */
    enum Outcome {
        /** The hooks have let the connection in: serve it now. */
        SERVE,
        /** Held until the hooks decide. */
        HELD,
        /** The hooks turned the connection away, or it sent too many: nothing more is served. */
        DROPPED,
        /** The one over the bound: the connection is to be closed. */
        TOO_MANY
    }

    private final PendingLimit limit;
    /** {@code null} once the hooks have decided. */
    private ArrayDeque<byte[]> held = new ArrayDeque<>();
    private long heldBytes;
    private boolean dropping;
    /** Completed once the open hooks have run, whichever way they ended. */
    private final CompletableFuture<Void> hooksRan = new CompletableFuture<>();

    MessagesBeforeOpen(PendingLimit limit) {
        this.limit = limit;
    }

    synchronized Outcome hold(byte[] message) {
        if (dropping) {
            return Outcome.DROPPED;
        }
        if (held == null) {
            return Outcome.SERVE;
        }
        if (limit.exceededBy(held.size() + 1, heldBytes + message.length)) {
            held = null;
            dropping = true;
            return Outcome.TOO_MANY;
        }
        held.add(message);
        heldBytes += message.length;
        return Outcome.HELD;
    }

    /**
     * The hooks let the connection in: the messages held, in the order read; from now on messages are served. {@code null}
     * when the connection sent too many before: it is closing, and what it still sends is dropped, as before.
     */
    synchronized List<byte[]> admit() {
        if (dropping) {
            return null;
        }
        List<byte[]> messages = List.copyOf(held);
        held = null;
        return messages;
    }

    /** The open hooks have run, whichever way they ended. */
    void hooksRan() {
        hooksRan.complete(null);
    }

    /**
     * The close hooks, to run once the open hooks have (a close hook releases what an open hook took, which one still
     * running may take after the close): on {@code context}, where the close came, if any; {@code null} when the
     * open hooks have run, and the close hooks may run at once.
     */
    Uni<Void> closeHooksAfterOpen(Uni<Void> closeHooks, Context context) {
        if (hooksRan.isDone()) {
            return null;
        }
        Uni<Void> ran = Uni.createFrom().completionStage(hooksRan);
        return (context == null ? ran : ran.emitOn(task -> context.runOnContext(ignored -> task.run())))
                .chain(() -> closeHooks);
    }

    /** A hook turned the connection away: what it sent is dropped, and what it still sends. */
    synchronized void turnAway() {
        held = null;
        dropping = true;
    }
}
