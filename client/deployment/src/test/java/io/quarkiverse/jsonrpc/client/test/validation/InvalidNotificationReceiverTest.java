package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.context.ApplicationScoped;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * What a receiving bean method must be, checked at build time: it names a client that exists, takes at most the
 * params, is neither private nor static, and is declared on a bean. One build reports them all.
 */
public class InvalidNotificationReceiverTest {

    static final String R = "@OnJsonRpcNotification method " + Receiver.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Api.class, BuildFailure.class, Receiver.class, NotABean.class,
                    Listener.class, ListeningBean.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"api\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(R + "#onMessage(java.lang.String) receives notifications of the client 'chat', but no"
                            + " @RegisterJsonRpcClient interface has that config key: name one of [api]")
                    .contains(R + "#anyone(java.lang.String) does not say which client's notifications it receives:"
                            + " add client = \"<config key>\", the configKey of a @RegisterJsonRpcClient interface")
                    .contains(R + "#two(java.lang.String, java.lang.String) takes 2 parameters: take at most one, which"
                            + " the notification's params are read into")
                    .contains(R + "#hidden(java.lang.String) is private: make it at least package-private")
                    .contains(R + "#shared(java.lang.String) is static: it is called on a bean instance, remove"
                            + " 'static'")
                    .contains("@OnJsonRpcNotification method " + NotABean.class.getName() + "#orphan(java.lang.String)"
                            + " is declared on " + NotABean.class.getName() + ", which is not a bean: declare it on a"
                            + " concrete, non-vetoed class")
                    .contains("@OnJsonRpcNotification method " + Listener.class.getName() + "#onNews(java.lang.String)"
                            + " is declared on interface " + Listener.class.getName() + ", which no"
                            + " @RegisterJsonRpcClient interface is or extends: declare it on the bean class that"
                            + " receives the notifications"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    /** A listener interface a bean implements: its method's annotation is not the bean's. */
    public interface Listener {
        @OnJsonRpcNotification(value = "news", client = "api")
        void onNews(String headline);
    }

    @ApplicationScoped
    public static class ListeningBean implements Listener {
        @Override
        public void onNews(String headline) {
        }
    }

    @RegisterJsonRpcClient(configKey = "api")
    public interface Api {
        @JsonRpc
        String ping();
    }

    public static class Receiver {
        @OnJsonRpcNotification(value = "chat.message", client = "chat")
        void onMessage(String text) {
        }

        @OnJsonRpcNotification("chat.message")
        void anyone(String text) {
        }

        @OnJsonRpcNotification(value = "chat.message", client = "api")
        void two(String room, String text) {
        }

        @OnJsonRpcNotification(value = "chat.message", client = "api")
        private void hidden(String text) {
        }

        @OnJsonRpcNotification(value = "chat.message", client = "api")
        static void shared(String text) {
        }
    }

    public abstract static class NotABean {
        @OnJsonRpcNotification(value = "chat.message", client = "api")
        void orphan(String text) {
        }
    }
}
