package io.quarkiverse.jsonrpc.client.runtime.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ResponseHandler;
import io.vertx.core.Future;

/** Which message an error with a null id answers: the only one the server may still answer, else none. */
class MessagesInFlightTest {

    final MessagesInFlight inFlight = new MessagesInFlight();

    static final ResponseHandler CALL = new ResponseHandler() {
        @Override
        public void onResponse(Incoming.Response response) {
        }

        @Override
        public void onFailure(Throwable failure) {
        }

        @Override
        public boolean waiting() {
            return true;
        }
    };

    /** Writes a message of these calls, none for notifications only. */
    void write(long... ids) {
        Map<Long, ResponseHandler> calls = new LinkedHashMap<>();
        for (long id : ids) {
            calls.put(id, CALL);
        }
        inFlight.written(calls, Future::succeededFuture);
    }

    @Test
    void theOnlyMessageOnItsWayIsTheOneAnErrorAnswers() {
        write(1);

        assertThat(inFlight.answeredByError().calls).containsOnlyKeys(1L);
        // answered, it is no candidate for the next
        assertThat(inFlight.answeredByError()).isNull();
    }

    @Test
    void aBatchIsOneMessage() {
        write(1, 2, 3);

        assertThat(inFlight.answeredByError().calls).containsOnlyKeys(1L, 2L, 3L);
    }

    @Test
    void ofTwoMessagesOnTheirWayNoneIsChosen() {
        write(1);
        write(2);

        assertThat(inFlight.answeredByError()).isNull();
        // once one is answered, the other is the only one left
        inFlight.answered(1);
        assertThat(inFlight.answeredByError().calls).containsOnlyKeys(2L);
    }

    /** A call that gave up (timed out, cancelled) has a message the server still answers: it stays a candidate. */
    @Test
    void aMessageIsACandidateUntilItsAnswerCameWhateverItsCallsDid() {
        write(1);
        write(2, 3);
        inFlight.answered(2);

        // the batch answered in part: its answer may lack a member the server could not read
        assertThat(inFlight.answeredByError()).isNull();
        inFlight.answered(1);
        assertThat(inFlight.answeredByError().calls).containsOnlyKeys(2L, 3L);
    }

    /** A notification is answered only when the server cannot read it, before the messages written after it. */
    @Test
    void aNotificationIsACandidateUntilAMessageWrittenAfterItIsAnswered() {
        write();
        assertThat(inFlight.answeredByError().calls).isEmpty();

        write();
        write(1);
        inFlight.answered(1);
        // read before the call, the notification would have been answered before it
        assertThat(inFlight.answeredByError()).isNull();

        write(2);
        write();
        inFlight.answered(2);
        // written after the call, it may be answered still
        assertThat(inFlight.answeredByError().calls).isEmpty();
    }

    @Test
    void aMessageThatCouldNotBeWrittenIsNoCandidate() {
        write(1);
        inFlight.written(Map.of(2L, CALL), () -> Future.failedFuture("closed"));

        assertThat(inFlight.answeredByError().calls).containsOnlyKeys(1L);
    }

    /** A server that answers nothing leaves too many candidates: the connection stops telling errors to calls. */
    @Test
    void pastTheMostTrackedNoMessageIsChosenOnTheConnection() {
        for (int i = 0; i < MessagesInFlight.MAX_TRACKED; i++) {
            write(i);
        }
        write(MessagesInFlight.MAX_TRACKED);
        for (int i = 0; i < MessagesInFlight.MAX_TRACKED; i++) {
            inFlight.answered(i);
        }

        assertThat(inFlight.answeredByError()).isNull();
    }
}
