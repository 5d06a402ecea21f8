package io.quarkiverse.jsonrpc.client.runtime;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.ParamsStyle;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.MessageWriter;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Params;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTransport;
import io.quarkiverse.jsonrpc.common.json.RequiredCreatorParams;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The calls of a client interface: one per interface and config key (or per built client), shared by every injected
 * instance, over the {@link ClientConnection} of its config key. The generated implementation passes each call here by
 * method index; the result's reader was made once, at startup.
 */
public final class ClientCore {

    private final ClientSettings settings;
    private final RecordedClient recorded;
    private final CallSpec[] specs;
    private final ObjectReader[] readers;
    private final Vertx vertx;
    private final MessageWriter writer;
    private final ObservedCalls observed;
    private final ClientConnection connection;
    private final ClientTransport transport;

    ClientCore(ClientSettings settings, RecordedClient recorded, Vertx vertx, ObjectMapper mapper,
            ObservedCalls observed, ClientConnection connection) {
        this.settings = settings;
        this.recorded = recorded;
        this.specs = recorded.calls().toArray(CallSpec[]::new);
        this.readers = new ObjectReader[specs.length];
        // a Kotlin class's primitive property without a default is required, as the server requires it in params
        ObjectMapper results = recorded.requiredCreatorParams().isEmpty() ? mapper
                : RequiredCreatorParams.requiring(mapper.copy(), Set.copyOf(recorded.requiredCreatorParams()));
        for (int i = 0; i < specs.length; i++) {
            readers[i] = specs[i].resultType() == null ? null
                    : results.readerFor(RecordedTypes.of(results.getTypeFactory(), specs[i].resultType()));
        }
        this.vertx = vertx;
        this.writer = new MessageWriter(mapper);
        this.observed = observed;
        this.connection = connection;
        this.transport = connection.transport();
    }

    public ClientSettings settings() {
        return settings;
    }

    public RecordedClient recorded() {
        return recorded;
    }

    ClientConnection connection() {
        return connection;
    }

    ClientTransport transport() {
        return transport;
    }

    CallSpec spec(int index) {
        return specs[index];
    }

    ObjectReader reader(int index) {
        return readers[index];
    }

    MessageWriter writer() {
        return writer;
    }

    ObservedCalls observed() {
        return observed;
    }

    long nextId() {
        return connection.nextId();
    }

    /**
     * What a caller gets for an error the server answered: the exception the interface's
     * {@code @JsonRpcClientExceptionMapper} makes of it, else the error itself. The call's telemetry is told the
     * error, whatever the caller gets.
     */
    RuntimeException mapped(JsonRpcClientException answered) {
        RuntimeException mapped;
        try {
            mapped = recorded.prototype().getValue().mapError(answered);
        } catch (RuntimeException thrown) {
            // thrown rather than returned: the caller gets it all the same
            return thrown;
        }
        return mapped == null ? answered : mapped;
    }

    /** A call of the generated implementation: method {@code index} with its arguments. */
    Object invoke(int index, Object[] args) {
        CallSpec spec = specs[index];
        return switch (spec.kind()) {
            case BLOCKING, BLOCKING_VOID -> await(spec, call(spec, readers[index], params(spec, args)));
            case UNI -> OnCallersContext.of(call(spec, readers[index], params(spec, args)));
            case SUSPEND -> KotlinCalls.await(
                    OnCallersContext.of(call(spec, readers[index], params(spec, Arrays.copyOf(args, args.length - 1)))),
                    spec.resultType() == null, args[args.length - 1]);
            case COMPLETION_STAGE -> OnCallersContext.of(call(spec, readers[index], params(spec, args)))
                    .subscribeAsCompletionStage();
            case NOTIFICATION -> await(spec, notify(spec, params(spec, args)));
            case NOTIFICATION_UNI -> OnCallersContext.of(notify(spec, params(spec, args)));
            case SUBSCRIPTION -> connection.subscriptions().subscribe(this, spec, readers[index], args);
            case FLOW -> KotlinCalls.asFlow(connection.subscriptions().subscribe(this, spec, readers[index], args));
            case SERVER_NOTIFICATIONS -> connection.router().stream(spec, readers[index], transport);
        };
    }

    Params params(CallSpec spec, Object[] args) {
        if (args.length == 0) {
            return Params.NONE;
        }
        if (settings.paramsStyle() == ParamsStyle.NAMED) {
            if (spec.paramNames().size() != args.length) {
                throw new IllegalStateException(spec.javaMethod() + " cannot send named params: its interface was"
                        + " compiled without -parameters, so the parameter names are unknown");
            }
            return Params.named(spec.paramNames(), args);
        }
        return Params.positional(args, spec.varargs(), null);
    }

    /** Blocks for a call's answer; refused on the event loop, which must never wait. */
    static <T> T await(CallSpec spec, Uni<T> call) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException(spec.javaMethod() + " blocks until the server answers, which is not"
                    + " allowed on the event loop (thread " + Thread.currentThread().getName() + "): return Uni or"
                    + " CompletionStage from the client method, or call it from a worker thread (@Blocking)");
        }
        return call.await().indefinitely();
    }

    /** A request; its answer read with {@code reader} (nothing read when null). Lazy: sent when subscribed. */
    Uni<Object> call(CallSpec spec, ObjectReader reader, Params params) {
        return Uni.createFrom().emitter(emitter -> {
            long id = nextId();
            ObservedCalls.Started started = observed.start(settings, recorded.endpoint(), spec.name(), id);
            byte[] message = written(spec, params, id, started, emitter);
            if (message == null) {
                return;
            }
            PendingCall pending = new PendingCall(this, spec, reader, started, emitter);
            emitter.onTermination(() -> {
                if (pending.cancel()) {
                    transport.forget(id);
                }
            });
            if (!pending.waiting()) {
                // the subscriber cancelled as it subscribed (the termination ran at once): the server would run the
                // call for nobody, and its entry, sent after its forget, would wait for an answer among the pending;
                // a cancel after this check the transport sees, as it checks again once the entry is registered
                return;
            }
            long timer = startTimer(spec, pending, id);
            if (timer != -1) {
                pending.onSettled(() -> vertx.cancelTimer(timer));
                if (!pending.waiting()) {
                    // cancelled between the check above and now: it ran the action it had, not this one
                    vertx.cancelTimer(timer);
                }
            }
            transport.send(message, started, Map.of(id, pending), 0, sent -> {
                // a failure to send has already failed the pending call
            });
        });
    }

    /**
     * The message of a call or notification; {@code null} where its params cannot be written, once that failure has
     * ended its observation (its span, its timer) and failed the caller.
     */
    private byte[] written(CallSpec spec, Params params, Long id, ObservedCalls.Started started,
            UniEmitter<?> emitter) {
        try {
            return writer.message(spec.name(), params, id);
        } catch (RuntimeException e) {
            started.end(e);
            emitter.fail(e);
            return null;
        }
    }

    private long startTimer(CallSpec spec, PendingCall pending, long id) {
        long timeout = timeoutMillis(spec);
        if (timeout <= 0) {
            return -1;
        }
        return vertx.setTimer(timeout, fired -> {
            // settled first: forgetting ends an HTTP exchange, whose failure must not be the call's
            pending.onFailure(timedOut(spec, timeout));
            transport.forget(id);
        });
    }

    private JsonRpcTimeoutException timedOut(CallSpec spec, long timeout) {
        return new JsonRpcTimeoutException(spec.javaMethod() + " (" + spec.name() + ") got no answer from "
                + settings.url() + " within " + ClientSettings.text(Duration.ofMillis(timeout)));
    }

    long vertxTimer(long millis, Runnable action) {
        return millis <= 0 ? -1 : vertx.setTimer(millis, fired -> action.run());
    }

    void cancelTimer(long timer) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    long timeoutMillis(CallSpec spec) {
        return spec.timeoutMillis() > 0 ? spec.timeoutMillis() : settings.timeout().toMillis();
    }

    /**
     * A notification: completes once it is written (WebSocket) or the server accepted it (HTTP), which it waits for as
     * a call waits for its answer.
     */
    Uni<Void> notify(CallSpec spec, Params params) {
        return Uni.createFrom().emitter(emitter -> {
            ObservedCalls.Started started = observed.start(settings, recorded.endpoint(), spec.name(), null);
            byte[] message = written(spec, params, null, started, emitter);
            if (message == null) {
                return;
            }
            long timeout = timeoutMillis(spec);
            transport.send(message, started, Map.of(), timeout, sent -> {
                Throwable failure = sent.cause();
                if (failure instanceof JsonRpcTimeoutException) {
                    failure = timedOut(spec, timeout);
                } else if (failure instanceof JsonRpcClientException refused) {
                    // the server could not read it (HTTP): an error of the notification's method, as a call's
                    failure = new JsonRpcClientException(spec.name(), refused.code(), refused.getMessage(),
                            refused.data());
                }
                started.end(failure);
                if (failure == null) {
                    emitter.complete(null);
                } else {
                    emitter.fail(failure instanceof JsonRpcClientException answered ? mapped(answered) : failure);
                }
            });
        });
    }

    /** The application is stopping: see {@link ClientTransport#stopReconnecting()}. */
    void stopReconnecting() {
        transport.stopReconnecting();
    }

    /** Closes its connection, which the other interfaces of its config key share, if any. */
    public void close() {
        connection.close();
    }
}
