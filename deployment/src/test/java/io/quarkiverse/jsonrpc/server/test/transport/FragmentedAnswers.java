package io.quarkiverse.jsonrpc.server.test.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import io.quarkiverse.jsonrpc.server.testing.ReceivedMessage;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;

/** Answers of many frames each, finished on several workers at once. */
final class FragmentedAnswers {

    private FragmentedAnswers() {
    }

    /**
     * Four calls at a time, each answered on a worker thread with 200 frames: the fragments of one message must not
     * have another's between them (RFC 6455, section 5.4). The test client fails the connection with 1002 when they do.
     * For a server whose frames hold at most 1,000 bytes, with {@link TransportDefaultsTest.Texts}.
     */
    static void doNotInterleave(URI uri) {
        int length = 200_000;
        try (WebSocketTestConnection connection = WebSocketTestConnection.open(uri)) {
            for (int round = 0; round < 20; round++) {
                for (int id = 0; id < 4; id++) {
                    connection.send("{\"jsonrpc\":\"2.0\",\"method\":\"repeat\",\"params\":[\"" + (char) ('a' + id)
                            + "\"," + length + "],\"id\":" + id + "}");
                }
                Set<String> answers = new HashSet<>();
                for (int i = 0; i < 4; i++) {
                    ReceivedMessage answer = connection.nextMessage();
                    assertThat(answer.frameSizes()).hasSizeGreaterThanOrEqualTo(length / 1000);
                    answers.add(answer.text());
                }
                assertThat(answers).containsExactlyInAnyOrder(IntStream.range(0, 4)
                        .mapToObj(id -> "{\"jsonrpc\":\"2.0\",\"result\":\"" + String.valueOf((char) ('a' + id)).repeat(length)
                                + "\",\"id\":" + id + "}")
                        .toArray(String[]::new));
            }
        }
    }
}
