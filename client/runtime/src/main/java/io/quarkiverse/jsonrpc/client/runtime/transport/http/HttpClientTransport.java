package io.quarkiverse.jsonrpc.client.runtime.transport.http;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcTimeoutException;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ErrorObjects;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTrafficLog;
import io.quarkiverse.jsonrpc.client.runtime.transport.ClientTransport;
import io.quarkiverse.jsonrpc.client.runtime.transport.ConnectionOptions;
import io.quarkiverse.jsonrpc.client.runtime.transport.FailureReasons;
import io.quarkiverse.jsonrpc.client.runtime.transport.MadeHeaders;
import io.quarkiverse.jsonrpc.client.runtime.transport.MessageObservation;
import io.quarkiverse.jsonrpc.client.runtime.transport.ServiceInstances;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;

/** Each message is the body of a {@code POST}; the response body holds the answers. */
public final class HttpClientTransport implements ClientTransport {

    private static final Logger LOG = Logger.getLogger(HttpClientTransport.class);
    private final Vertx vertx;
    private final HttpClient client;
    private final ObjectMapper mapper;
    private final ObjectReader treeReader;
    private final String url;
    /** {@code null} where the URL is the server's. */
    private final ServiceInstances instances;
    private final MultiMap headers;
    private final ClientSettings settings;
    /** {@code null} where traffic logging is off. */
    private final ClientTrafficLog traffic;
    /** The exchanges under way, by the ids they carry: a call that times out or is cancelled ends its own. */
    private final Map<Long, HttpClientRequest> exchanges = new ConcurrentHashMap<>();
    private final Redirects redirects;
    private volatile boolean closed;

    public HttpClientTransport(Vertx vertx, ObjectMapper mapper, ClientSettings settings, ConnectionOptions connections) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setMaxPoolSize(settings.maxHttpConnections())
                .setDecompressionSupported(settings.httpOptions().compression())
                .setKeepAlive(true);
        if (settings.httpOptions().http2()) {
            // in clear text, the first request asks to upgrade its connection to h2c
            options.setProtocolVersion(HttpVersion.HTTP_2);
        }
        if (settings.httpOptions().http2() || settings.httpOptions().alpn()) {
            // h2 offered in the TLS handshake, as the REST client does: without the list, Vert.x offers only the
            // protocol version, HTTP/1.1 where http2 is off
            options.setUseAlpn(true).setAlpnVersions(List.of(HttpVersion.HTTP_2, HttpVersion.HTTP_1_1));
        }
        connections.applyTo(options, settings);
        this.vertx = vertx;
        this.client = vertx.createHttpClient(options);
        this.mapper = mapper;
        this.treeReader = ExactDecimals.treeReader(mapper);
        this.url = settings.url().toString();
        this.instances = ServiceInstances.of(settings);
        this.headers = HttpHeaders.headers()
                .add(HttpHeaders.CONTENT_TYPE, "application/json")
                .add(HttpHeaders.ACCEPT, "application/json");
        // a configured Content-Type or Accept replaces the client's own: two of a name, the server would read one
        settings.headers().forEach(this.headers::set);
        this.settings = settings;
        this.traffic = ClientTrafficLog.of(settings);
        this.redirects = new Redirects(settings);
    }

    @Override
    public void send(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> sent) {
        if (refusedWhenClosed(awaiting, sent)) {
            return;
        }
        if (Vertx.currentContext() == null) {
            // from a thread of the application's own, the exchange runs on an event loop: there each step of the
            // future chain runs as soon as the previous one completes, so the response's body is read before any of
            // it can arrive unheard (from a foreign thread, Vert.x queues them as tasks, and one in about 100,000
            // bodies was lost)
            vertx.getOrCreateContext()
                    .runOnContext(ignored -> observed(message, observation, awaiting, answerTimeoutMillis, sent));
        } else {
            observed(message, observation, awaiting, answerTimeoutMillis, sent);
        }
    }

    /**
     * The exchange, on a duplicated context of its own where the observers made the call's span current: the Vert.x
     * HTTP client takes it as the parent of its span when it sends the request, which is later than this returns.
     */
    private void observed(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> sent) {
        if (!observation.observed()) {
            exchange(message, observation, awaiting, answerTimeoutMillis, sent);
            return;
        }
        ContextInternal own = (ContextInternal) VertxContext.createNewDuplicatedContext(Vertx.currentContext());
        own.dispatch(() -> {
            AutoCloseable scope = observation.enter();
            exchange(message, observation, awaiting, answerTimeoutMillis, scope == null ? sent : done -> {
                MessageObservation.leave(scope);
                sent.handle(done);
            });
        });
    }

    private void exchange(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> sent) {
        if (settings.madeHeaders() == null) {
            exchange(message, observation, awaiting, answerTimeoutMillis, sent, Map.of());
            return;
        }
        MadeHeaders.of(settings, Vertx.currentContext()).onComplete(made -> {
            if (made.failed()) {
                fail(awaiting, sent, (JsonRpcTransportException) made.cause());
            } else {
                exchange(message, observation, awaiting, answerTimeoutMillis, sent, made.result());
            }
        });
    }

    private void exchange(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> sent, Map<String, String> madeHeaders) {
        if (instances == null) {
            post(message, observation, awaiting, answerTimeoutMillis, sent, madeHeaders, url, null);
            return;
        }
        instances.choose(Vertx.currentContext(), true).onComplete(chosen -> {
            if (chosen.failed()) {
                fail(awaiting, sent, (JsonRpcTransportException) chosen.cause());
            } else {
                post(message, observation, awaiting, answerTimeoutMillis, sent, madeHeaders,
                        chosen.result().url().toString(), chosen.result());
            }
        });
    }

    /**
     * @param target the server's URL, or that of the instance chosen
     * @param chosen the instance chosen, told how the exchange went; {@code null} where the URL is the server's
     */
    private void post(byte[] message, MessageObservation observation, Map<Long, ResponseHandler> awaiting,
            long answerTimeoutMillis, Handler<AsyncResult<Void>> exchanged, Map<String, String> madeHeaders,
            String target, ServiceInstances.Chosen chosen) {
        // every way the exchange ends goes through sent, once
        Handler<AsyncResult<Void>> sent = chosen == null ? exchanged : result -> {
            chosen.ended(result.cause());
            exchanged.handle(result);
        };
        // again: the client may have closed while the headers were made or the exchange waited for its event loop
        if (refusedWhenClosed(awaiting, sent)) {
            return;
        }
        MultiMap requestHeaders = HttpHeaders.headers().addAll(headers);
        madeHeaders.forEach(requestHeaders::set);
        observation.headers().forEach(requestHeaders::set);
        // a call's wait is its own (@JsonRpc(timeout), or the client's timeout), timed by the client, which ends the
        // exchange when it gives up: a notification, which nothing times, is timed by the exchange
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(target)
                .setHeaders(requestHeaders).setIdleTimeout(awaiting.isEmpty() ? answerTimeoutMillis : 0);
        request(options, target, Buffer.buffer(message), awaiting, observation, chosen, 0).onComplete(answer -> {
            awaiting.keySet().forEach(exchanges::remove);
            if (answer.failed()) {
                JsonRpcTransportException failure = (JsonRpcTransportException) answer.cause();
                failAll(awaiting, failure);
                sent.handle(Future.failedFuture(failure));
            } else {
                deliver(answer.result(), new HashMap<>(awaiting), sent);
            }
        });
    }

    /**
     * One request of an exchange: the message's {@code POST}, or one a redirect of its answer makes; and the requests
     * the redirects of its own answer make, where the client follows them.
     *
     * @param body {@code null} for none
     * @param chosen told when the first request is answered; {@code null} where the URL is the server's
     * @param followed how many redirects the exchange followed before this request
     * @return the last answer; failed, a {@code JsonRpcTransportException}
     */
    private Future<Answer> request(RequestOptions options, String url, Buffer body,
            Map<Long, ResponseHandler> awaiting, MessageObservation observation, ServiceInstances.Chosen chosen,
            int followed) {
        String exchange = options.getMethod() + " " + url;
        Future<HttpClientRequest> requested;
        try {
            requested = client.request(options);
        } catch (RuntimeException e) {
            // closed since the check above, or options it cannot send (a redirect's port out of range): the Vert.x
            // client refuses by a throw, not a failed future, which would reach no handler of the call and leave it
            // unanswered, for good when it has no timeout
            return Future.failedFuture(closed ? closedFailure()
                    : new JsonRpcTransportException(exchange + " failed: " + FailureReasons.of(e), e));
        }
        return requested
                .compose(request -> {
                    // its failures reach the call through the futures; unhandled, Vert.x would log a reset at ERROR
                    request.exceptionHandler(failure -> LOG.debugf("%s ended: %s", exchange, failure));
                    awaiting.keySet().forEach(id -> exchanges.put(id, request));
                    // where the request goes: a redirect's, the last told, is where the answer comes from
                    if (request.connection() != null) {
                        observation.peer(request.connection().remoteAddress());
                    }
                    if (ResponseHandler.noneWaiting(awaiting)) {
                        // the calls gave up while the request waited for a pooled connection, or for its headers:
                        // their forget found no exchange to end, and sent, the request would hold the connection
                        request.reset();
                        return Future.failedFuture("every call of the message gave up before it was sent");
                    }
                    if (traffic != null && followed == 0) {
                        traffic.sent(body.getBytes());
                    }
                    return body == null ? request.send() : request.send(body);
                })
                .compose(response -> {
                    if (chosen != null && followed == 0) {
                        chosen.replied();
                    }
                    return response.body().map(received -> new Answer(exchange, response, received));
                })
                .transform(done -> {
                    if (done.failed() && done.cause() instanceof TimeoutException && options.getIdleTimeout() > 0) {
                        // a message of notifications, which the exchange times
                        return Future.failedFuture(new JsonRpcTimeoutException(exchange + " got no answer within "
                                + ClientSettings.text(Duration.ofMillis(options.getIdleTimeout()))));
                    }
                    if (done.failed()) {
                        return Future.failedFuture(new JsonRpcTransportException(exchange + " failed: "
                                + FailureReasons.of(done.cause()), done.cause()));
                    }
                    Redirects.Hop hop;
                    try {
                        hop = redirects.next(done.result().response(), exchange, url, options, followed);
                    } catch (JsonRpcTransportException notFollowed) {
                        return Future.failedFuture(notFollowed);
                    }
                    return hop == null ? Future.succeededFuture(done.result())
                            : request(hop.options(), hop.url(), hop.withBody() ? body : null, awaiting,
                                    observation, chosen, followed + 1);
                });
    }

    /** Fails the message once the client is closed: a closed Vert.x client refuses its request by a throw. */
    private boolean refusedWhenClosed(Map<Long, ResponseHandler> awaiting, Handler<AsyncResult<Void>> sent) {
        if (closed) {
            fail(awaiting, sent, closedFailure());
        }
        return closed;
    }

    private JsonRpcTransportException closedFailure() {
        return new JsonRpcTransportException("The JSON-RPC client '" + settings.configKey() + "' is closed", null);
    }

    /** @param exchange the request answered, as {@code POST <url>} */
    private record Answer(String exchange, HttpClientResponse response, Buffer body) {
    }

    private void deliver(Answer answer, Map<Long, ResponseHandler> awaiting, Handler<AsyncResult<Void>> sent) {
        int status = answer.response().statusCode();
        if (traffic != null) {
            traffic.received(status, answer.body().getBytes());
        }
        if (answer.body().length() == 0) {
            if (awaiting.isEmpty() && status / 100 == 2) {
                sent.handle(Future.succeededFuture());
                return;
            }
            fail(awaiting, sent, new JsonRpcTransportException(answer.exchange() + " answered HTTP " + status + " "
                    + answer.response().statusMessage() + " without a JSON-RPC response", status, null));
            return;
        }
        Incoming incoming;
        try {
            incoming = Incoming.parse(treeReader, answer.body().getBytes());
        } catch (IOException e) {
            fail(awaiting, sent, new JsonRpcTransportException(answer.exchange() + " answered HTTP " + status
                    + " with no JSON-RPC response: " + Incoming.abbreviate(answer.body().toString()), status, e));
            return;
        }
        boolean notificationsOnly = awaiting.isEmpty();
        Incoming.Response refusal = null;
        for (Incoming.Response response : incoming.responses()) {
            if (response.id() == null && response.error() != null) {
                refusal = refusal == null ? response : refusal;
            } else if (response.id() != null) {
                ResponseHandler handler = awaiting.remove(response.id());
                if (handler != null) {
                    handler.onResponse(response);
                }
            }
        }
        if (refusal != null && notificationsOnly) {
            // a message of notifications the server could not read: sent, but not taken
            sent.handle(Future.failedFuture(ErrorObjects.toException("a notification", refusal.error())));
            return;
        }
        if (refusal != null) {
            // an error about a request it could not read (or the whole message) answers the calls no response with
            // their id did, wherever it came in the batch
            Incoming.Response error = refusal;
            awaiting.values().forEach(handler -> handler.onResponse(error));
            awaiting.clear();
        }
        // what came instead, and the id it lacks, for a person to compare (another id, fewer answers than calls)
        String body = Incoming.abbreviate(answer.body().toString());
        awaiting.forEach((id, handler) -> handler.onFailure(new JsonRpcTransportException(answer.exchange()
                + " answered HTTP " + status + " without a response with id " + id + ": " + body, status, null)));
        sent.handle(Future.succeededFuture());
    }

    private static void fail(Map<Long, ResponseHandler> awaiting, Handler<AsyncResult<Void>> sent,
            JsonRpcTransportException failure) {
        failAll(awaiting, failure);
        sent.handle(Future.failedFuture(failure));
    }

    private static void failAll(Map<Long, ResponseHandler> handlers, Throwable failure) {
        for (ResponseHandler handler : handlers.values()) {
            handler.onFailure(failure);
        }
    }

    @Override
    public void forget(long id) {
        HttpClientRequest request = exchanges.remove(id);
        if (request != null) {
            // frees the pooled connection a server that does not answer would hold
            request.reset();
        }
    }

    @Override
    public boolean carriesNotifications() {
        return false;
    }

    @Override
    public void connect() {
        // a connection is taken from the pool per call
    }

    @Override
    public Future<Void> close() {
        closed = true;
        return client.close();
    }
}
