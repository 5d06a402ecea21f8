package io.quarkiverse.jsonrpc.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What the server sent back for one message, read when a test asks for it. */
public abstract class Answer {

    private final String request;
    private String text;

    protected Answer(String request) {
        this.request = request;
    }

    /** Reads the response; fails when there is none. */
    protected abstract String read();

    /** Asserts that the server sent no response, as for a notification. */
    public abstract void returnsNothing();

    /** The response on the wire. */
    public final String text() {
        if (text == null) {
            text = read();
        }
        return text;
    }

    public final JsonNode json() {
        return Json.parse(text());
    }

    /** Asserts that the response is this JSON: the same tree, whatever the spacing and member order. */
    public final Answer returns(String expected) {
        assertThat(json()).as("response to %s", request).isEqualTo(Json.parse(expected));
        return this;
    }

    /** Like {@link #returns(String)}, ignoring the {@code data} member of errors. */
    public final Answer returnsIgnoringData(String expected) {
        assertThat(Json.withoutErrorData(json())).as("response to %s, error data left out: %s", request, text())
                .isEqualTo(Json.parse(expected));
        return this;
    }

    /** Asserts the response character for character, where the exact digits of a number matter. */
    public final Answer returnsExactly(String expected) {
        assertThat(text()).as("response to %s", request).isEqualTo(expected);
        return this;
    }

    /** The {@code data} member of the error, as text. */
    public final String errorData() {
        JsonNode data = json().path("error").path("data");
        assertThat(data.isMissingNode()).as("error data in %s", text()).isFalse();
        return data.isTextual() ? data.asText() : data.toString();
    }

    /** The {@code message} member of the error. */
    public final String errorMessage() {
        return json().path("error").path("message").asText();
    }
}
