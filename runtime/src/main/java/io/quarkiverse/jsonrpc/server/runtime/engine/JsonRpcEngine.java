package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * The JSON-RPC 2.0 and 1.0 protocol, once for every transport: a message's bytes in, the response's bytes out.
 * Transports only move bytes; everything the specification says happens here.
 * <p>
 * The calls of a message run concurrently; the returned {@code Uni} completes when all are answered, with
 * {@code null} when the message asks for no response (notifications only).
 */
public final class JsonRpcEngine {

    private static final Logger LOG = Logger.getLogger(JsonRpcEngine.class);

    private final MethodTable methods;
    private final int maxBatchSize;
    private final RequestParser parser;
    private final ParamBinder binder;
    private final ResponseWriter writer;
    private final ErrorMapper errors;

    public JsonRpcEngine(MethodTable methods, ObjectMapper mapper, EngineOptions options) {
        this.methods = methods;
        this.maxBatchSize = options.maxBatchSize();
        this.parser = new RequestParser(mapper);
        this.binder = new ParamBinder(mapper);
        this.writer = new ResponseWriter(mapper);
        this.errors = new ErrorMapper(options.declaredErrors(), options.includeDetails());
    }

    /** Handles one message: a request or a batch. Never fails: every problem is a JSON-RPC error response. */
    public Uni<byte[]> handle(byte[] message, TransportSession session) {
        RequestParser.Message parsed;
        try {
            parsed = parser.parse(message);
        } catch (IOException e) {
            return Uni.createFrom().item(writer.error(JsonRpcVersion.V2, RequestId.NULL,
                    ErrorObject.parseError(describe(e))));
        }
        List<Request> requests = parsed.requests();
        if (!parsed.batch()) {
            return execute(requests.get(0), session);
        }
        if (requests.isEmpty()) {
            return invalidMessage("A batch must contain at least one request");
        }
        if (requests.size() > maxBatchSize) {
            return invalidMessage("A batch of " + requests.size() + " requests exceeds the limit of " + maxBatchSize
                    + " (quarkus.jsonrpc-server.max-batch-size)");
        }
        List<Uni<byte[]>> calls = new ArrayList<>(requests.size());
        for (Request request : requests) {
            calls.add(execute(request, session));
        }
        return Uni.join().all(calls).andFailFast().map(writer::batch);
    }

    private Uni<byte[]> invalidMessage(String detail) {
        return Uni.createFrom().item(writer.error(JsonRpcVersion.V2, RequestId.NULL, ErrorObject.invalidRequest(detail)));
    }

    private Uni<byte[]> execute(Request request, TransportSession session) {
        if (!request.isValid()) {
            // answered even without an id: the client must learn that it was not understood
            return Uni.createFrom().item(writer.error(request.version(), request.responseId(),
                    ErrorObject.invalidRequest(request.invalidReason())));
        }
        RpcMethod method = methods.lookup(request.method(), session.transport());
        if (method == null) {
            return respondWithError(request, ErrorObject.methodNotFound(request.method()));
        }
        CallContext context = new CallContext(session, request);
        Object[] args;
        try {
            args = binder.bind(method, request.params(), context);
        } catch (InvalidParamsException e) {
            return respondWithError(request, ErrorObject.invalidParams(e.getMessage()));
        }
        Uni<Object> result;
        try {
            result = method.call().call(args, context);
        } catch (Throwable t) {
            result = Uni.createFrom().failure(t);
        }
        return result.onItemOrFailure().transform((value, failure) -> failure == null
                ? respondWithResult(request, value)
                : errorResponse(request, errors.map(failure, request)));
    }

    private Uni<byte[]> respondWithError(Request request, ErrorObject error) {
        return Uni.createFrom().item(errorResponse(request, error));
    }

    private byte[] errorResponse(Request request, ErrorObject error) {
        if (request.isNotification()) {
            LOG.debugf("Notification %s ended with error %d: %s", request.method(), error.code(), error.message());
            return null;
        }
        return writer.error(request.version(), request.responseId(), error);
    }

    private byte[] respondWithResult(Request request, Object value) {
        if (request.isNotification()) {
            return null;
        }
        try {
            return writer.result(request.version(), request.responseId(), value);
        } catch (IOException e) {
            return errorResponse(request, errors.map(new ResultNotSerializableException(request, e), request));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation location = jpe.getLocation();
            String message = jpe.getOriginalMessage();
            return location == null ? message
                    : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return e.getMessage();
    }

    /** A result the application's ObjectMapper could not write: a bug in the application, reported as -32603. */
    static final class ResultNotSerializableException extends RuntimeException {
        ResultNotSerializableException(Request request, IOException cause) {
            super("The result of " + request.method() + " could not be serialized: " + cause.getMessage(), cause);
        }
    }
}
