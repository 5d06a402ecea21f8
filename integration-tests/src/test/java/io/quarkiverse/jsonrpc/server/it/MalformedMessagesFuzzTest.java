package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.testing.CloseStatus;
import io.quarkiverse.jsonrpc.server.testing.WebSocketTestConnection;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of malformed messages from a fixed seed (see {@link MalformedMessages}): truncated requests, members of
 * the wrong type, deep nesting, numbers of 2,000 digits, bytes that are not UTF-8, random text and random JSON. Each
 * gets the answer a correct server gives, most a -32700 or -32600 error with a null id, and a valid call works
 * afterwards. Over WebSocket they all go through one connection, which must stay open; but bytes that are not UTF-8
 * in a text frame, which fail the connection as the WebSocket protocol says.
 */
@QuarkusTest
class MalformedMessagesFuzzTest {

    private static final long SEED = 20_261_126L;

    private static final String CALL = """
            {"jsonrpc":"2.0","method":"subtract","params":[42,23],"id":"after"}""";
    private static final String ANSWER = """
            {"jsonrpc":"2.0","result":19,"id":"after"}""";

    @TestHTTPResource("/jsonrpc")
    URI endpoint;

    @Test
    void overOneWebSocketConnection() {
        MalformedMessages messages = new MalformedMessages(SEED);
        List<FuzzCase> text = messages.text();
        List<FuzzCase> notUtf8 = messages.notUtf8();
        List<String> failures = new ArrayList<>();
        try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
            Markers markers = new Markers(client);
            for (FuzzCase fuzzCase : text) {
                client.send(fuzzCase.text());
                check(fuzzCase, answer(fuzzCase, client, markers, failures), failures);
                assertThat(client.isOpen()).as("connection closed by %s", describe(fuzzCase)).isTrue();
            }
            // the endpoint has no @OnBinaryMessage method: websockets-next drops binary frames
            for (FuzzCase fuzzCase : notUtf8) {
                client.sendBinary(fuzzCase.message());
                JsonNode answer = markers.answerBefore(fuzzCase, failures);
                if (answer != null) {
                    failures.add(describe(fuzzCase) + " in a binary frame: answered " + answer);
                }
            }
            assertThat(client.call(CALL)).isEqualTo(ANSWER);
        }
        assertThat(failures).as("%d of %d messages answered wrongly", failures.size(), text.size() + notUtf8.size())
                .isEmpty();
    }

    /**
     * In a text frame, bytes that are not UTF-8 fail the connection with 1007 (RFC 6455 section 8.1): each case gets
     * a connection of its own. Random bytes that happen to be UTF-8 are a message like any other.
     */
    @Test
    void inTextFramesOfTheirOwnConnection() {
        List<String> failures = new ArrayList<>();
        List<FuzzCase> notUtf8 = new MalformedMessages(SEED).notUtf8();
        for (FuzzCase fuzzCase : notUtf8) {
            try (WebSocketTestConnection client = WebSocketTestConnection.open(endpoint)) {
                client.sendFragments(fuzzCase.message());
                if (isUtf8(fuzzCase.message())) {
                    FuzzCase asText = MalformedMessages.decodedAsText(fuzzCase);
                    check(asText, answer(asText, client, new Markers(client), failures), failures);
                } else {
                    CloseStatus closed = client.awaitClose();
                    if (closed.code() != 1007) {
                        failures.add(describe(fuzzCase) + " in a text frame: closed with " + closed);
                    }
                }
            }
        }
        assertThat(failures).as("%d of %d messages answered wrongly", failures.size(), notUtf8.size()).isEmpty();
    }

    @Test
    void overHttp() throws Exception {
        MalformedMessages messages = new MalformedMessages(SEED);
        List<FuzzCase> cases = new ArrayList<>(messages.text());
        cases.addAll(messages.notUtf8());
        List<String> failures = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (FuzzCase fuzzCase : cases) {
            HttpResponse<String> response = client.send(post(fuzzCase.message()), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 204 && response.body().isEmpty()) {
                check(fuzzCase, null, failures);
            } else if (response.statusCode() == 200) {
                check(fuzzCase, Json.parse(response.body()), failures);
            } else {
                failures.add(describe(fuzzCase) + ": HTTP " + response.statusCode() + " " + response.body());
            }
        }
        HttpResponse<String> after = client.send(post(CALL.getBytes(StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.body()).isEqualTo(ANSWER);
        assertThat(failures).as("%d of %d messages answered wrongly", failures.size(), cases.size()).isEmpty();
    }

    private static JsonNode answer(FuzzCase fuzzCase, WebSocketTestConnection client, Markers markers,
            List<String> failures) {
        return fuzzCase.answered() == FuzzCase.Answered.ALWAYS ? Json.parse(client.next())
                : markers.answerBefore(fuzzCase, failures);
    }

    /**
     * Finds out whether a message got an answer: a call sent after it is answered at once (its method does not exist,
     * which the server knows without running anything), and whatever comes before is the message's answer.
     */
    private static final class Markers {

        private final WebSocketTestConnection client;
        private int count;

        Markers(WebSocketTestConnection client) {
            this.client = client;
        }

        JsonNode answerBefore(FuzzCase fuzzCase, List<String> failures) {
            String marker = "marker-" + count++;
            client.send("{\"jsonrpc\":\"2.0\",\"method\":\"fuzz.marker\",\"id\":\"" + marker + "\"}");
            JsonNode answer = null;
            for (JsonNode next = Json.parse(client.next()); !marker.equals(next.path("id").textValue()); next = Json
                    .parse(client.next())) {
                if (answer != null) {
                    failures.add(describe(fuzzCase) + ": more than one response");
                }
                answer = next;
            }
            return answer;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private HttpRequest post(byte[] body) {
        return HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static void check(FuzzCase fuzzCase, JsonNode answer, List<String> failures) {
        String problem = fuzzCase.problem(answer);
        if (problem != null) {
            failures.add(describe(fuzzCase) + ": " + abbreviate(problem));
        }
    }

    private static String describe(FuzzCase fuzzCase) {
        return fuzzCase.kind() + " " + abbreviate(fuzzCase.text());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
