package io.quarkiverse.jsonrpc.server.test.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.OnJsonRpcClose;
import io.quarkiverse.jsonrpc.server.OnJsonRpcOpen;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * What a lifecycle hook must be, checked at build time: a bean's method, neither private nor static, taking only what
 * the connection gives (JsonRpcContext, SecurityIdentity, WebSocketConnection), returning nothing now or later (a Uni or
 * CompletionStage of Void), on one
 * kind of thread. One build reports them all, each naming the hook by its annotation.
 */
public class InvalidLifecycleHookTest {

    static final String OPEN = "@OnJsonRpcOpen method " + Hooks.class.getName();
    static final String CLOSE = "@OnJsonRpcClose method " + Hooks.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Hooks.class, Hooked.class, NotABean.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(OPEN + "#hidden() is private: make it at least package-private")
                    .contains(CLOSE + "#shared() is static: it is called on a bean instance, remove 'static'")
                    .contains(OPEN + "#greeting() returns java.lang.String: a hook returns nothing, return void, or"
                            + " Uni<Void> or CompletionStage<Void> for work that completes later")
                    .contains(OPEN + "#welcome() returns io.smallrye.mutiny.Uni<java.lang.String>: a hook returns"
                            + " nothing, return void, or Uni<Void> or CompletionStage<Void> for work that completes later")
                    .contains(CLOSE + "#farewell() returns java.util.concurrent.CompletionStage: a hook returns"
                            + " nothing, return void, or Uni<Void> or CompletionStage<Void> for work that completes later")
                    .contains(OPEN + "#join(io.quarkiverse.jsonrpc.server.JsonRpcContext, java.lang.String) has"
                            + " parameter 'room' of type java.lang.String: a hook takes only JsonRpcContext,"
                            + " SecurityIdentity and WebSocketConnection parameters; remove it")
                    .contains(CLOSE + "#undecided() is annotated both @NonBlocking and @Blocking, which say different"
                            + " things about the thread it runs on: keep one")
                    .contains("@OnJsonRpcOpen method " + NotABean.class.getName() + "#orphan() is declared on "
                            + NotABean.class.getName() + ", which is not a bean and has no bean subclass: declare it"
                            + " on a concrete, non-vetoed class")
                    .contains("@OnJsonRpcClose method " + Hooked.class.getName() + "#leaving() is declared on interface "
                            + Hooked.class.getName() + ": it is looked for on bean classes and their superclasses only,"
                            + " declare it on the class"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Hooked {
        @OnJsonRpcClose
        default void leaving() {
        }
    }

    public static class Hooks implements Hooked {
        @OnJsonRpcOpen
        private void hidden() {
        }

        @OnJsonRpcClose
        static void shared() {
        }

        @OnJsonRpcOpen
        String greeting() {
            return "";
        }

        /** Its item would be dropped, where websockets-next sends an {@code @OnOpen} method's to the client. */
        @OnJsonRpcOpen
        Uni<String> welcome() {
            return Uni.createFrom().item("hello");
        }

        @SuppressWarnings("rawtypes")
        @OnJsonRpcClose
        CompletionStage farewell() {
            return CompletableFuture.completedFuture(null);
        }

        @OnJsonRpcOpen
        void join(JsonRpcContext context, String room) {
        }

        @OnJsonRpcClose
        @Blocking
        @NonBlocking
        void undecided() {
        }
    }

    public abstract static class NotABean {
        @OnJsonRpcOpen
        void orphan() {
        }
    }
}
