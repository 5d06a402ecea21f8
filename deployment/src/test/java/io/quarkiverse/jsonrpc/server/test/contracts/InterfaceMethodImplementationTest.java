package io.quarkiverse.jsonrpc.server.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.execution.ThreadInfo;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The method that runs for an interface's {@code @JsonRpc} method is the one the JVM runs, and its annotations apply
 * (here {@code @NonBlocking}, which chooses the event loop): the implementation in a generic superclass, whose type
 * variable the bean binds; else a sub-interface's default method, the most specific one.
 */
public class InterfaceMethodImplementationTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Archive.class, BaseArchive.class, BookArchive.class, Book.class,
                    Clock.class, NonBlockingClock.class, WallClock.class, Bell.class, LoudBell.class, DoorBell.class,
                    ThreadInfo.class));

    public interface Archive<T> {
        @JsonRpc
        ThreadInfo store(T item);
    }

    public abstract static class BaseArchive<E> implements Archive<E> {
        @Override
        @NonBlocking
        public ThreadInfo store(E item) {
            return ThreadInfo.current();
        }
    }

    public static class BookArchive extends BaseArchive<Book> {
    }

    @Test
    void theImplementationInAGenericSuperclassRuns() {
        JsonNode thread = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"store\","
                + "\"params\":{\"item\":{\"title\":\"Dune\",\"pages\":412}},\"id\":1}");
        assertThat(thread.at("/result/eventLoop").asBoolean()).isTrue();
    }

    public interface Clock {
        @JsonRpc
        ThreadInfo tick();
    }

    public interface NonBlockingClock extends Clock {
        @Override
        @NonBlocking
        default ThreadInfo tick() {
            return ThreadInfo.current();
        }
    }

    public static class WallClock implements NonBlockingClock {
    }

    @Test
    void aSubInterfacesDefaultMethodRuns() {
        JsonNode thread = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"tick\",\"id\":1}");
        assertThat(thread.at("/result/eventLoop").asBoolean()).isTrue();
    }

    public interface Bell {
        @JsonRpc
        default ThreadInfo ring() {
            return ThreadInfo.current();
        }
    }

    public interface LoudBell extends Bell {
        @Override
        @NonBlocking
        default ThreadInfo ring() {
            return ThreadInfo.current();
        }
    }

    /** Names the less specific interface first: the JVM runs the most specific default method all the same. */
    public static class DoorBell implements Bell, LoudBell {
    }

    @Test
    void theMostSpecificDefaultMethodRuns() {
        JsonNode thread = HttpRpc.answer("{\"jsonrpc\":\"2.0\",\"method\":\"ring\",\"id\":1}");
        assertThat(thread.at("/result/eventLoop").asBoolean()).isTrue();
    }
}
