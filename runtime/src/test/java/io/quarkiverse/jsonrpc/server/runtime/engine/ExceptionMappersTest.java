package io.quarkiverse.jsonrpc.server.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.smallrye.mutiny.Uni;

/** Which mapper maps a failure, and what becomes of the failure, without Quarkus. */
class ExceptionMappersTest {

    static final class Declared extends IllegalStateException {
    }

    static final class DeclaredChild extends IllegalStateException {
    }

    static ExceptionMapperCall mapper(String name, int code) {
        return new ExceptionMapperCall() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Uni<JsonRpcException> map(Throwable exception, JsonRpcContext context) {
                return Uni.createFrom().item(new JsonRpcException(code, name + ": " + exception.getMessage()));
            }
        };
    }

    final ExceptionMapperCall localRuntime = mapper("localRuntime", 1);
    final ExceptionMapperCall localNoSuchElement = mapper("localNoSuchElement", 2);
    final ExceptionMapperCall globalNoSuchElement = mapper("globalNoSuchElement", 3);
    final ExceptionMapperCall globalIllegalArgument = mapper("globalIllegalArgument", 4);
    final ExceptionMapperCall globalIllegalState = mapper("globalIllegalState", 5);

    final ExceptionMappers mappers = ExceptionMappers.of(
            Map.of(RuntimeException.class.getName(), localRuntime,
                    NoSuchElementException.class.getName(), localNoSuchElement),
            Map.of(NoSuchElementException.class.getName(), globalNoSuchElement,
                    IllegalArgumentException.class.getName(), globalIllegalArgument,
                    DeclaredChild.class.getName(), globalIllegalState),
            Set.of(Declared.class.getName(), DeclaredChild.class.getName()));

    @Test
    void theMostSpecificClassDecidesAndAtOneClassLocalBeforeGlobalBeforeDeclared() {
        assertThat(mappers.find(NoSuchElementException.class)).isSameAs(localNoSuchElement);
        assertThat(mappers.find(NumberFormatException.class)).isSameAs(globalIllegalArgument);
        assertThat(mappers.find(IllegalStateException.class)).isSameAs(localRuntime);
        assertThat(mappers.find(Declared.class)).as("its own @JsonRpcError").isNull();
        assertThat(mappers.find(DeclaredChild.class)).as("a mapper of its own class").isSameAs(globalIllegalState);
        assertThat(mappers.find(JsonRpcException.class)).isNull();
        assertThat(mappers.find(IOException.class)).isNull();
    }

    @Test
    void withoutMappersThereIsNothingToPayFor() {
        assertThat(ExceptionMappers.of(Map.of(), Map.of(), Set.of(Declared.class.getName()))).isNull();
    }

    @Test
    void aMappedFailureCarriesTheErrorAndTheExceptionUnwrapped() {
        Throwable failure = failureOf(new CompletionException(new NoSuchElementException("kite")), mappers);
        assertThat(failure).isInstanceOf(ExceptionMappers.MappedException.class)
                .hasCauseInstanceOf(NoSuchElementException.class);
        ExceptionMappers.MappedException mapped = (ExceptionMappers.MappedException) failure;
        assertThat(mapped.error).isEqualTo(new ErrorObject(2, "localNoSuchElement: kite", null));
        assertThat(mapped.mapper).isEqualTo("localNoSuchElement");
    }

    @Test
    void anUnmappedFailureGoesOnUnchanged() {
        IOException io = new IOException("disk");
        assertThat(failureOf(io, mappers)).isSameAs(io);
    }

    @Test
    void aDecliningMapperLeavesTheFailureAsItWas() {
        ExceptionMapperCall declining = new ExceptionMapperCall() {
            @Override
            public String name() {
                return "declining";
            }

            @Override
            public Uni<JsonRpcException> map(Throwable exception, JsonRpcContext context) {
                return Uni.createFrom().nullItem();
            }
        };
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk"));
        assertThat(failureOf(failure, ExceptionMappers.of(Map.of(), Map.of(RuntimeException.class.getName(), declining),
                Set.of()))).isSameAs(failure);
    }

    @Test
    void aFailingMapperIsABugThatNamesIt() {
        ExceptionMapperCall failing = new ExceptionMapperCall() {
            @Override
            public String name() {
                return "Mappers#failing";
            }

            @Override
            public Uni<JsonRpcException> map(Throwable exception, JsonRpcContext context) {
                throw new IllegalStateException("bug");
            }
        };
        Throwable failure = failureOf(new NoSuchElementException("kite"),
                ExceptionMappers.of(Map.of(), Map.of(NoSuchElementException.class.getName(), failing), Set.of()));
        assertThat(failure).isInstanceOf(ExceptionMappers.MapperFailedException.class)
                .hasMessage("Exception mapper Mappers#failing failed to map java.util.NoSuchElementException:"
                        + " java.lang.IllegalStateException: bug");
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aResultIsLeftAlone() {
        MethodCall call = mappers.around((args, context) -> Uni.createFrom().item("fine"), false);
        assertThat(EngineTests.awaited(call.call(new Object[0], null))).isEqualTo("fine");
    }

    private static Throwable failureOf(Throwable thrown, ExceptionMappers mappers) {
        MethodCall call = mappers.around((args, context) -> {
            throw sneaky(thrown);
        }, false);
        Uni<Object> result = call.call(new Object[0], null);
        try {
            EngineTests.awaited(result);
        } catch (Throwable t) {
            return t instanceof CompletionException && t.getCause() instanceof IOException ? t.getCause() : t;
        }
        throw new AssertionError("The call should have failed");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
