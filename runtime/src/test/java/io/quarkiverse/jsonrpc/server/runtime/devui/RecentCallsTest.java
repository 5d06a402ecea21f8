package io.quarkiverse.jsonrpc.server.runtime.devui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.devui.RecentCalls.RecentCall;

/** The Dev UI's list of calls: every call once, the latest first, the cancelled ones too, at most its capacity. */
class RecentCallsTest {

    final RecentCalls recent = new RecentCalls();

    @Test
    void aResultAnErrorAndACancellationAreEachListedOnceLatestFirst() {
        recent.onStart("subtract", JsonRpcTransport.HTTP, "2.0", 1L).onEnd(0, null, 2_000_000);
        recent.onStart("refuse", JsonRpcTransport.WEBSOCKET, "2.0", "b").onEnd(-32010, "Refused", 1_000_000);
        recent.onStart("held", JsonRpcTransport.WEBSOCKET, "2.0", null).onCancel(3_000_000);

        assertThat(recent.list()).extracting(RecentCall::method, RecentCall::id, RecentCall::transport,
                RecentCall::durationMillis, RecentCall::outcome, RecentCall::errorCode, RecentCall::errorMessage)
                .containsExactly(
                        tuple("held", null, "WEBSOCKET", 3.0, "cancelled", 0, null),
                        tuple("refuse", "b", "WEBSOCKET", 1.0, "error", -32010, "Refused"),
                        tuple("subtract", "1", "HTTP", 2.0, "result", 0, null));
    }

    @Test
    void onlyTheLatestAreKept() {
        for (int i = 0; i < RecentCalls.CAPACITY + 5; i++) {
            recent.onStart("m" + i, JsonRpcTransport.HTTP, "2.0", (long) i).onEnd(0, null, 0);
        }
        assertThat(recent.list()).hasSize(RecentCalls.CAPACITY);
        assertThat(recent.list().get(0).method()).isEqualTo("m" + (RecentCalls.CAPACITY + 4));
    }
}
