package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.Map;
import java.util.Set;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractMulti;
import io.smallrye.mutiny.subscription.MultiSubscriber;

/**
 * The exception mappers that apply to one method: its class's own (local) and the application's (global). Which
 * mapper maps a failure is found along the exception's class hierarchy, from its own class up: the first class that
 * has a local mapper, a global mapper or an {@code @JsonRpcError} decides, in that order. A {@link JsonRpcException}
 * is already an error and is never mapped.
 * <p>
 * A mapped failure becomes a failure carrying the mapped error, which {@link ErrorMapper} answers as it is; a declined
 * one (the mapper's {@code null}) goes on unchanged.
 */
public final class ExceptionMappers {

    private final Map<String, ExceptionMapperCall> local;
    private final Map<String, ExceptionMapperCall> global;
    /** Exception classes that declare their error with {@code @JsonRpcError}: below a mapper of their own class. */
    private final Set<String> declared;

    private ExceptionMappers(Map<String, ExceptionMapperCall> local, Map<String, ExceptionMapperCall> global,
            Set<String> declared) {
        this.local = local;
        this.global = global;
        this.declared = declared;
    }

    /**
     * @param local exception class name → the mapper of the method's class
     * @param global exception class name → the application's mapper
     * @param declared the exception classes annotated {@code @JsonRpcError}
     * @return {@code null} when there is no mapper at all: the method's calls then pay nothing for mapping
     */
    public static ExceptionMappers of(Map<String, ExceptionMapperCall> local, Map<String, ExceptionMapperCall> global,
            Set<String> declared) {
        if (local.isEmpty() && global.isEmpty()) {
            return null;
        }
        return new ExceptionMappers(Map.copyOf(local), Map.copyOf(global), Set.copyOf(declared));
    }

    /**
     * The method's calls, their failures mapped.
     *
     * @param streams whether the method returns a {@code Multi}, whose later failures are mapped too
     */
    public MethodCall around(MethodCall call, boolean streams) {
        return (args, context) -> {
            Uni<Object> result;
            try {
                result = call.call(args, context);
            } catch (Throwable t) {
                result = Uni.createFrom().failure(t);
            }
            if (streams) {
                result = result.map(value -> value instanceof Multi<?> stream ? mapFailures(stream, context) : value);
            }
            return UndecoratedUni.onFailureSwitchTo(result, failure -> recover(failure, context));
        };
    }

    /**
     * The method's check of its caller, its refusal mapped as the method's own failures are: a caller refused where the
     * params cannot be bound is told what the mappers tell one refused where they can.
     */
    public CallerCheck around(CallerCheck check) {
        return context -> check.check(context).replaceWithVoid().onFailure()
                .recoverWithUni(refused -> recover(refused, context).replaceWithVoid());
    }

    @SuppressWarnings("unchecked")
    private Multi<Object> mapFailures(Multi<?> stream, JsonRpcContext context) {
        Multi<Object> mapped = ((Multi<Object>) stream).onFailure()
                .recoverWithMulti(failure -> recover(failure, context).toMulti());
        return stream instanceof DiscardableResult discardable ? new MappedStream(mapped, discardable) : mapped;
    }

    /**
     * A discardable stream with its failures mapped: discarding it discards the method's, which Mutiny's operator
     * would hide, and the call's request context would never end.
     */
    private static final class MappedStream extends AbstractMulti<Object> implements DiscardableResult {

        private final Multi<Object> mapped;
        private final DiscardableResult original;

        MappedStream(Multi<Object> mapped, DiscardableResult original) {
            this.mapped = mapped;
            this.original = original;
        }

        @Override
        public void subscribe(MultiSubscriber<? super Object> subscriber) {
            mapped.subscribe().withSubscriber(subscriber);
        }

        @Override
        public void discard() {
            original.discard();
        }
    }

    /** Whether a mapper takes the failure, or what it wraps. */
    boolean takes(Throwable failure) {
        return find(mappedCause(failure).getClass()) != null;
    }

    /** Fails with the mapped error, or with the failure itself when no mapper takes it. */
    Uni<Object> recover(Throwable failure, JsonRpcContext context) {
        Throwable cause = mappedCause(failure);
        ExceptionMapperCall mapper = find(cause.getClass());
        if (mapper == null) {
            return Uni.createFrom().failure(failure);
        }
        return map(failure, cause, mapper, context);
    }

    private static Uni<Object> map(Throwable failure, Throwable cause, ExceptionMapperCall mapper,
            JsonRpcContext context) {
        Uni<JsonRpcException> mapped;
        try {
            mapped = mapper.map(cause, context);
        } catch (Throwable t) {
            return Uni.createFrom().failure(new MapperFailedException(mapper, cause, t));
        }
        return mapped.onItemOrFailure().transformToUni((error, mapperFailure) -> {
            if (mapperFailure != null) {
                return Uni.createFrom().failure(new MapperFailedException(mapper, cause, mapperFailure));
            }
            return Uni.createFrom().failure(error == null ? failure : new MappedException(error, cause, mapper));
        });
    }

    /** Whether a mapper, local or global, is declared for this very exception class (not for a superclass of it). */
    public boolean mapsItself(String exceptionClass) {
        return local.containsKey(exceptionClass) || global.containsKey(exceptionClass);
    }

    /** What a mapper is looked for: a wrapper no mapper takes gives way to what it carries. */
    private Throwable mappedCause(Throwable failure) {
        return ErrorMapper.cause(failure, type -> find(type) != null || declared.contains(type.getName()));
    }

    /** The mapper of an exception class: the most specific class decides. */
    ExceptionMapperCall find(Class<?> type) {
        if (JsonRpcException.class.isAssignableFrom(type)) {
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            String name = c.getName();
            ExceptionMapperCall mapper = local.get(name);
            if (mapper == null) {
                mapper = global.get(name);
            }
            if (mapper != null || declared.contains(name)) {
                return mapper;
            }
        }
        return null;
    }

    /** An exception a mapper turned into an error: the error, and what it maps, for the log. */
    static final class MappedException extends RuntimeException {

        final ErrorObject error;
        final String mapper;

        MappedException(JsonRpcException error, Throwable cause, ExceptionMapperCall mapper) {
            super(cause.toString(), cause, false, false);
            this.error = new ErrorObject(error.getCode(), error.getMessage(), error.getData());
            this.mapper = mapper.name();
        }
    }

    /** A mapper that threw: a bug of the application, answered -32603. */
    static final class MapperFailedException extends RuntimeException {

        MapperFailedException(ExceptionMapperCall mapper, Throwable mapped, Throwable failure) {
            super("Exception mapper " + mapper.name() + " failed to map " + mapped.getClass().getName() + ": "
                    + failure, failure);
            addSuppressed(mapped);
        }
    }
}
