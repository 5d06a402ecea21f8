package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.server.runtime.push.PushSupport;

/**
 * The messages a connection has in progress: whichever of them are still running when it closes are cancelled, each
 * once, and those answered before are not, wherever they were in the session's list.
 */
class WebSocketSessionTest {

    private final List<String> cancelled = new ArrayList<>();
    private final WebSocketSession session = new WebSocketSession(null, null, 65536, null,
            new PushSupport(null, null, null, null, 16, 16, 65536), null);

    @Test
    void closingCancelsTheMessagesStillInProgressOnlyOnce() {
        Message first = track("first");
        Message second = track("second");
        Message third = track("third");
        session.untrack(second);

        session.close();
        session.untrack(first);
        session.untrack(third);

        assertThat(cancelled).containsExactlyInAnyOrder("first", "third");
    }

    @Test
    void theFirstAndLastMessagesLeaveTheListWhole() {
        Message first = track("first");
        track("second");
        Message third = track("third");
        session.untrack(third);
        session.untrack(first);

        session.close();

        assertThat(cancelled).containsExactly("second");
    }

    @Test
    void aMessageUntrackedTwiceLeavesTheOthersTracked() {
        track("first");
        Message second = track("second");
        session.untrack(second);
        session.untrack(second);

        session.close();

        assertThat(cancelled).containsExactly("first");
    }

    @Test
    void aMessageTrackedAfterTheCloseIsCancelledAtOnce() {
        session.close();

        track("late");

        assertThat(cancelled).containsExactly("late");
    }

    @Test
    void aMessageCanBeTrackedAgainOnceAnswered() {
        Message message = track("again");
        session.untrack(message);
        session.track(message);

        session.close();

        assertThat(cancelled).containsExactly("again");
    }

    private Message track(String name) {
        Message message = new Message(name);
        session.track(message);
        return message;
    }

    private final class Message extends MessageInProgress {

        private final String name;

        Message(String name) {
            this.name = name;
        }

        @Override
        void cancel() {
            cancelled.add(name);
        }
    }
}
