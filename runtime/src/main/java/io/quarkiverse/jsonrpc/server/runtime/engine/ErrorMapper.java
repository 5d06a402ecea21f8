package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.spi.CallListener;

/**
 * Turns what a method threw into the error the client sees. A {@link JsonRpcException}, an exception declared with
 * {@code @JsonRpcError} and one an exception mapper mapped ({@link ExceptionMappers}) are the application's own errors
 * and go out as they are, logged at DEBUG; anything else is a bug, logged here with its stack trace, and reaches the
 * client as -32603 with its class and message only when details are on.
 */
final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final String FAULT_TOLERANCE_TIMEOUT = "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException";
    /** The exceptions that only carry another, by name (see {@link #cause}). */
    private static final Set<String> WRAPPERS = Set.of("io.quarkus.arc.ArcUndeclaredThrowableException",
            "jakarta.transaction.RollbackException");
    /** The extension's runtime packages, whose exceptions explain another's. */
    private static final String EXTENSION_PACKAGES = "io.quarkiverse.jsonrpc.server.runtime.";

    private final Map<String, DeclaredError> declaredErrors;
    private final boolean includeDetails;
    private static final int MAX_LOGGED_KINDS = 10_000;
    private final Set<String> loggedKinds = ConcurrentHashMap.newKeySet();

    ErrorMapper(Map<String, DeclaredError> declaredErrors, boolean includeDetails) {
        this.declaredErrors = declaredErrors;
        this.includeDetails = includeDetails;
    }

    /** Whether the failure, or what it wraps, declares its error: {@code @JsonRpcError}, or a security refusal. */
    boolean declares(Throwable failure) {
        return declaredError(cause(failure, type -> declaredError(type) != null).getClass()) != null;
    }

    /** @param observed what the call's listeners follow, told of an unexpected failure; {@code null} for none */
    ErrorObject map(Throwable failure, Request request, CallListener.Call observed) {
        return map(failure, request.method(), request.logged(), observed);
    }

    /**
     * @param method the method that failed
     * @param logged which of its calls, for the log: {@code id: 7}, {@code notification}, {@code subscription 3}
     */
    ErrorObject map(Throwable failure, String method, String logged) {
        return map(failure, method, logged, null);
    }

    private ErrorObject map(Throwable failure, String method, String logged, CallListener.Call observed) {
        Throwable cause = cause(failure, type -> declaredError(type) != null);
        if (cause instanceof CallTimeoutException || isFaultToleranceTimeout(cause)) {
            // the first of each method at WARN: a slow dependency times out call after call
            if (firstOfKind(method + "/timeout")) {
                LOG.warnf("Method %s [%s] timed out: %s (further timeouts of it are logged at DEBUG)", method, logged,
                        cause.getMessage());
            } else {
                LOG.debugf("Method %s [%s] timed out: %s", method, logged, cause.getMessage());
            }
            // the extension's own says how long the call was allowed; Fault Tolerance's names the server's class and
            // method, a detail as an unexpected exception's is
            Object data = cause instanceof CallTimeoutException || includeDetails ? cause.getMessage() : null;
            return new ErrorObject(JsonRpcErrorCodes.TIMEOUT, "Call timed out", data);
        }
        if (cause instanceof ExceptionMappers.MappedException mapped) {
            LOG.debugf(mapped.getCause(), "Method %s [%s] failed with %s, mapped by %s to error %d: %s",
                    method, logged, mapped.getCause().getClass().getName(), mapped.mapper,
                    mapped.error.code(), mapped.error.message());
            return mapped.error;
        }
        if (cause instanceof JsonRpcException e) {
            ErrorObject error = new ErrorObject(e.getCode(), messageOf(e), e.getData());
            // the message the client gets, its code's where the exception has none
            LOG.debugf("Method %s [%s] returned error %d: %s", method, logged, error.code(), error.message());
            return error;
        }
        DeclaredError declared = declaredError(cause.getClass());
        if (declared != null) {
            // without a message of its own either, the error object gets its code's (see ErrorObject)
            String message = declared.message().isEmpty() ? messageOf(cause) : declared.message();
            // the error the client gets, and the exception it comes from, with where it was thrown; not for a security
            // refusal, which is the caller's doing: one line
            boolean refusal = declared.code() == JsonRpcErrorCodes.UNAUTHORIZED
                    || declared.code() == JsonRpcErrorCodes.FORBIDDEN;
            ErrorObject error = new ErrorObject(declared.code(), message,
                    cause instanceof JsonRpcError.Data d ? data(d, method, logged) : null);
            LOG.debugf(refusal ? null : printable(cause), "Method %s [%s] returned error %d: %s (%s)", method, logged,
                    error.code(), error.message(), cause.getClass().getName());
            return error;
        }
        logUnexpected(cause, method, logged);
        if (observed != null) {
            CallListeners.exception(observed, cause, method);
        }
        if (!includeDetails) {
            return ErrorObject.internalError(null);
        }
        String message = messageOf(cause);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("exception", failureClass(cause));
        data.put("message", message);
        return new ErrorObject(JsonRpcErrorCodes.INTERNAL_ERROR, message == null ? "Internal error" : message, data);
    }

    /** The exception's message; {@code null} when its {@code getMessage()} throws, a bug of its own. */
    private static String messageOf(Throwable exception) {
        try {
            return exception.getMessage();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The exception, or one standing in for it with its stack trace where its {@code toString()} throws: the log's
     * formatter writes an exception with it, and loses the whole line, stack trace and all, when it throws.
     */
    private static Throwable printable(Throwable exception) {
        try {
            exception.toString();
            return exception;
        } catch (RuntimeException e) {
            Throwable standIn = new UnprintableException(exception, e);
            standIn.setStackTrace(exception.getStackTrace());
            return standIn;
        }
    }

    /** Stands in the log for an exception whose {@code toString()} throws, under that exception's name. */
    private static final class UnprintableException extends RuntimeException {
        UnprintableException(Throwable exception, RuntimeException failure) {
            super(exception.getClass().getName() + " (its message could not be read: " + failure + ")",
                    exception.getCause(), false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /**
     * The class of what failed: the application's exception, rather than the extension's own that explains it (a filter
     * or an exception mapper that threw, a result Jackson could not write), whose name a client cannot know. Its
     * message stays the explanation's, which says where it failed.
     */
    private static String failureClass(Throwable cause) {
        Throwable failure = cause;
        while (failure.getCause() != null && failure.getClass().getName().startsWith(EXTENSION_PACKAGES)) {
            failure = failure.getCause();
        }
        return failure.getClass().getName();
    }

    /**
     * MicroProfile Fault Tolerance's {@code @Timeout} gave up on the method: a timeout as the extension's own is, -32004.
     * By name: Fault Tolerance need not be on the class path.
     */
    private static boolean isFaultToleranceTimeout(Throwable cause) {
        for (Class<?> c = cause.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(FAULT_TOLERANCE_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** A result whose response would be larger than the limit: the application's data or its limit is wrong. */
    ErrorObject resultTooLarge(Request request, int limit) {
        if (firstOfKind(request.method() + "/result-too-large")) {
            LOG.warnf("Method %s [%s] returned a result larger than quarkus.jsonrpc-server.limits.max-response-size"
                    + " (%d bytes): answered -32603 (further such results of it are logged at DEBUG)",
                    request.method(), request.logged(), limit);
        } else {
            LOG.debugf("Method %s [%s] returned a result larger than %d bytes", request.method(), request.logged(),
                    limit);
        }
        return new ErrorObject(JsonRpcErrorCodes.INTERNAL_ERROR, "Result too large", "The response would exceed "
                + limit + " bytes, the limit of quarkus.jsonrpc-server.limits.max-response-size");
    }

    /**
     * The first failure of a kind (method and exception class) is logged at ERROR with its stack trace; the same
     * failure again only at DEBUG: a method failing under load must not flood the log.
     */
    private void logUnexpected(Throwable cause, String method, String logged) {
        if (firstOfKind(method + '/' + cause.getClass().getName())) {
            LOG.errorf(printable(cause), "Method %s [%s] failed (further %s failures of it are logged at DEBUG)",
                    method, logged, cause.getClass().getName());
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf(printable(cause), "Method %s [%s] failed", method, logged);
        }
    }

    /**
     * A failure of the engine itself, not of a method: a bug of the extension's, or of what it calls (Jackson). Logged
     * as a method's unexpected failure is; the client gets -32603 alone, details or not: the exception is not the
     * application's, and tells the client nothing it can act on.
     *
     * @param method the method of the request it failed to answer; {@code null} for a message not yet read
     */
    ErrorObject engineFailure(Throwable failure, String method, String logged) {
        Throwable cause = unwrap(failure);
        String what = method == null ? "A " + logged : "Method " + method + " [" + logged + "]";
        if (firstOfKind("engine/" + method + '/' + cause.getClass().getName())) {
            LOG.errorf(printable(cause), "%s could not be answered but with -32603: the server failed (further %s"
                    + " failures of it are logged at DEBUG)", what, cause.getClass().getName());
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf(printable(cause), "%s could not be answered but with -32603: the server failed", what);
        }
        return ErrorObject.internalError(null);
    }

    /** The data of a declared error; a bug in {@code errorData()} costs the client the data, not the error. */
    private static Object data(JsonRpcError.Data exception, String method, String logged) {
        try {
            return exception.errorData();
        } catch (Throwable e) {
            // not only RuntimeException: Kotlin's errorData() may throw a checked exception, which escaping here
            // would leave the call unanswered (WebSocket) or answered by Vert.x with its stack trace (HTTP)
            LOG.errorf(printable(e), "Method %s [%s]: the errorData() of %s failed; the error is sent without data",
                    method, logged, exception.getClass().getName());
            return null;
        }
    }

    private boolean firstOfKind(String kind) {
        return loggedKinds.size() < MAX_LOGGED_KINDS && loggedKinds.add(kind);
    }

    private DeclaredError declaredError(Class<?> type) {
        if (declaredErrors.isEmpty()) {
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            DeclaredError declared = declaredErrors.get(c.getName());
            if (declared != null) {
                return declared;
            }
        }
        return null;
    }

    /**
     * What a failure comes from: past the wrappers {@link #unwrap} removes, and past those that only carry another
     * unless {@code takenAsIs} takes them themselves (a mapper, a declared error), as Quarkus REST looks through them:
     * ArC's wrapper of a checked exception an interceptor threw that the method does not declare
     * ({@code @Transactional}'s failed commit), and JTA's failed commit, whose cause is why (a constraint the database
     * refused at the flush). By name: the engine knows neither ArC nor JTA, which need not be on the class path.
     */
    static Throwable cause(Throwable failure, Predicate<Class<?>> takenAsIs) {
        Throwable cause = unwrap(failure);
        while (cause.getCause() != null && WRAPPERS.contains(cause.getClass().getName())
                && !takenAsIs.test(cause.getClass())) {
            cause = unwrap(cause.getCause());
        }
        return cause;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof InvocationTargetException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
