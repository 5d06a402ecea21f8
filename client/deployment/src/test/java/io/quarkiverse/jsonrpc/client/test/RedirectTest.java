package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientBuilder;
import io.quarkiverse.jsonrpc.client.JsonRpcClientControl;
import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.test.MisbehavingServer.Reply;
import io.quarkiverse.jsonrpc.client.test.MisbehavingServerTest.Adder;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A server that answers a call's {@code POST} with a redirect. Without {@code follow-redirects}, the default, the call
 * fails, naming where the redirect points and the property that follows it. With it, a {@code 307} or {@code 308}
 * sends the call again there, a {@code 303} gets its answer with a {@code GET}, at most {@code max-redirects} times; a
 * {@code 301} or {@code 302} fails the call, as Vert.x and the REST client follow them for a {@code GET} only.
 */
public class RedirectTest {

    static final Duration AWAIT = Duration.ofSeconds(10);

    /** The port of the configured client's URL, known before the application starts: a relay to the server's. */
    static final int PORT = SharedTcpRelay.port(RedirectTest.class.getName());
    static final String URL = "http://localhost:" + PORT + "/rpc";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Adder.class, MisbehavingServer.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"adder\".url", URL)
            .overrideConfigKey("quarkus.jsonrpc-client.\"adder\".follow-redirects", "true")
            .overrideConfigKey("quarkus.jsonrpc-client.\"adder\".max-redirects", "2");

    static MisbehavingServer server;

    @BeforeAll
    static void start() {
        server = new MisbehavingServer();
        SharedTcpRelay.target(RedirectTest.class.getName(), server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void behave() {
        server.next(null);
    }

    @Inject
    @JsonRpcClient
    Adder following;

    @Test
    void aRedirectFailsTheCallByDefault() {
        Adder adder = JsonRpcClientBuilder.newBuilder().url(URL).build(Adder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.redirect(308, "/rpc/moved"));
            assertThatThrownBy(() -> adder.add(1, 2).await().atMost(AWAIT))
                    .isInstanceOfSatisfying(JsonRpcTransportException.class,
                            e -> assertThat(e.httpStatus()).isEqualTo(308))
                    .hasMessage("POST " + URL + " answered HTTP 308 Permanent Redirect, to " + URL + "/moved: set"
                            + " quarkus.jsonrpc-client.\"adder\".follow-redirects=true to follow it, or give the client"
                            + " that URL");
            assertThat(server.requests()).containsExactly("POST /rpc");
        }
    }

    @Test
    void temporaryAndPermanentRedirectsSendTheCallAgain() {
        for (int status : new int[] { 307, 308 }) {
            server.next(Reply.redirect(status, "/rpc/moved"));
            // the sum of the params: the call came again, body and all
            assertThat(following.add(1, 2).await().atMost(AWAIT)).as("after %d", status).isEqualTo(3);
            assertThat(server.requests()).containsExactly("POST /rpc", "POST /rpc/moved");
        }
    }

    @Test
    void seeOtherGetsTheAnswerWithAGet() {
        Adder adder = JsonRpcClientBuilder.newBuilder().url(URL).followRedirects(true).build(Adder.class);
        try (JsonRpcClientControl control = (JsonRpcClientControl) adder) {
            server.next(Reply.redirect(303, "/rpc/answers?id=ID&result=42"));
            assertThat(adder.add(1, 2).await().atMost(AWAIT)).isEqualTo(42);
            assertThat(server.requests()).containsExactly("POST /rpc", "GET /rpc/answers?id=1&result=42");
        }
    }

    @Test
    void movedAndFoundAreNotFollowedForAPost() {
        for (int status : new int[] { 301, 302 }) {
            server.next(Reply.redirect(status, "http://localhost:" + PORT + "/rpc/moved"));
            assertThatThrownBy(() -> following.add(1, 2).await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("POST " + URL + " answered HTTP " + status + (status == 301 ? " Moved Permanently"
                            : " Found") + ", to " + URL + "/moved, which the client does not follow for a POST"
                            + " (follow-redirects follows 303, 307 and 308): give the client that URL, or have the"
                            + " server answer 307 or 308");
            assertThat(server.requests()).containsExactly("POST /rpc");
        }
    }

    /** Where the client cannot send the call again: it fails at once, saying why, and the client goes on. */
    @Test
    void aRedirectToAnotherSchemeIsNotFollowed() {
        for (String location : new String[] { "ws://localhost:" + PORT + "/rpc", "mailto:admin@example.com" }) {
            server.next(Reply.redirect(307, location));
            assertThatThrownBy(() -> following.add(1, 2).await().atMost(AWAIT))
                    .isInstanceOf(JsonRpcTransportException.class)
                    .hasMessage("POST " + URL + " answered HTTP 307 Temporary Redirect, to " + location + ", which is"
                            + " no http:// or https:// URL: the client sends no call there");
            assertThat(server.requests()).containsExactly("POST /rpc");
        }
        // a URL, which Vert.x cannot send to
        server.next(Reply.redirect(307, "http://localhost:99999/rpc"));
        assertThatThrownBy(() -> following.add(1, 2).await().atMost(AWAIT))
                .isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("POST http://localhost:99999/rpc failed: port p must be in range 0 <= p <= 65535");
        assertThat(following.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
    }

    @Test
    void atMostMaxRedirects() {
        server.script(Reply.redirect(307, "/rpc/one"), Reply.redirect(308, "/rpc/two"));
        assertThat(following.add(1, 2).await().atMost(AWAIT)).isEqualTo(3);

        server.script(Reply.redirect(307, "/rpc/one"), Reply.redirect(307, "/rpc/two"),
                Reply.redirect(307, "/rpc/three"));
        assertThatThrownBy(() -> following.add(1, 2).await().atMost(AWAIT))
                .isInstanceOf(JsonRpcTransportException.class)
                .hasMessage("POST " + URL + "/two answered HTTP 307 Temporary Redirect, to " + URL + "/three, after 2"
                        + " redirects: more than quarkus.jsonrpc-client.\"adder\".max-redirects allows");
        assertThat(server.requests()).containsExactly("POST /rpc", "POST /rpc/one", "POST /rpc/two");
        assertThat(following.add(2, 3).await().atMost(AWAIT)).isEqualTo(5);
    }
}
