package io.quarkiverse.jsonrpc.server.runtime.devui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.devui.RecentCalls.RecentCall;
import io.quarkiverse.jsonrpc.server.spi.CallListener;
import io.quarkiverse.jsonrpc.server.spi.CallListener.Network;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/** The Dev UI's list of calls: every call once, the latest first, the cancelled ones too, at most its capacity. */
class RecentCallsTest {

    final RecentCalls recent = new RecentCalls();

    record Request(String method, JsonRpcTransport transport, String version, boolean isNotification, Object id,
            Network network) implements CallListener.Request {

        static Request of(String method, JsonRpcTransport transport, Object id) {
            return new Request(method, transport, "2.0", false, id, null);
        }

        static Request notification(String method, JsonRpcTransport transport) {
            return new Request(method, transport, "2.0", true, null, null);
        }
    }

    @Test
    void aResultAnErrorAndACancellationAreEachListedOnceLatestFirst() {
        recent.onStart(Request.of("subtract", JsonRpcTransport.HTTP, 1L)).onEnd(0, null, 2_000_000);
        recent.onStart(Request.of("refuse", JsonRpcTransport.WEBSOCKET, "b")).onEnd(-32010, "Refused", 1_000_000);
        recent.onStart(Request.of("divide", JsonRpcTransport.HTTP, null)).onEnd(0, null, 1_000_000);
        recent.onStart(Request.notification("held", JsonRpcTransport.WEBSOCKET)).onCancel(3_000_000);

        assertThat(recent.list()).extracting(RecentCall::method, RecentCall::id, RecentCall::transport,
                RecentCall::durationMillis, RecentCall::outcome, RecentCall::errorCode, RecentCall::errorMessage)
                .containsExactly(
                        tuple("held", null, "WEBSOCKET", 3.0, "cancelled", 0, null),
                        // answered, unlike a notification: the Dev UI shows its id as null, not as a notification
                        tuple("divide", "null", "HTTP", 1.0, "result", 0, null),
                        tuple("refuse", "b", "WEBSOCKET", 1.0, "error", -32010, "Refused"),
                        tuple("subtract", "1", "HTTP", 2.0, "result", 0, null));
    }

    @Test
    void onlyTheLatestAreKept() {
        for (int i = 0; i < RecentCalls.CAPACITY + 5; i++) {
            recent.onStart(Request.of("m" + i, JsonRpcTransport.HTTP, (long) i)).onEnd(0, null, 0);
        }
        assertThat(recent.list()).hasSize(RecentCalls.CAPACITY);
        assertThat(recent.list().get(0).method()).isEqualTo("m" + (RecentCalls.CAPACITY + 4));
    }

    /**
     * What a page shows: the kept calls, the oldest first (it puts each on top), then the next ones; none missed in
     * between, as when the page read the list, then subscribed to the next ones. A page that leaves takes no more.
     */
    @Test
    void aStreamGivesTheKeptCallsThenTheNext() {
        recent.onStart(Request.of("first", JsonRpcTransport.HTTP, 1L)).onEnd(0, null, 0);
        recent.onStart(Request.of("second", JsonRpcTransport.HTTP, 2L)).onEnd(0, null, 0);
        AssertSubscriber<RecentCall> page = recent.stream().subscribe().withSubscriber(AssertSubscriber.create(10));
        recent.onStart(Request.of("third", JsonRpcTransport.HTTP, 3L)).onEnd(0, null, 0);
        assertThat(page.getItems()).extracting(RecentCall::method).containsExactly("first", "second", "third");

        page.cancel();
        recent.onStart(Request.of("fourth", JsonRpcTransport.HTTP, 4L)).onEnd(0, null, 0);
        assertThat(page.getItems()).extracting(RecentCall::method).containsExactly("first", "second", "third");
    }
}
