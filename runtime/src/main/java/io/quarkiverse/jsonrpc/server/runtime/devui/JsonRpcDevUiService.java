package io.quarkiverse.jsonrpc.server.runtime.devui;

import jakarta.inject.Singleton;

import io.quarkiverse.jsonrpc.server.runtime.devui.RecentCalls.RecentCall;
import io.smallrye.mutiny.Multi;

/** What the Dev UI page asks the running application: the last calls, and the next ones as they happen. */
@Singleton
public class JsonRpcDevUiService {

    private final RecentCalls calls;

    JsonRpcDevUiService(RecentCalls calls) {
        this.calls = calls;
    }

    public Multi<RecentCall> streamCalls() {
        return calls.stream();
    }

    public boolean clearCalls() {
        calls.clear();
        return true;
    }
}
