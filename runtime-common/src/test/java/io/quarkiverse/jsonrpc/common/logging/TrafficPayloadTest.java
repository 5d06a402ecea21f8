package io.quarkiverse.jsonrpc.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** How much of a message a traffic log line shows. */
class TrafficPayloadTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMessageUpToTheLimitIsShownWhole() {
        assertThat(TrafficPayload.of(utf8("0123456789"), 10)).isEqualTo("0123456789");
    }

    @Test
    void aLongerMessageIsCutAtTheLimit() {
        assertThat(TrafficPayload.of(utf8("0123456789A"), 10)).isEqualTo("0123456789...");
    }

    @Test
    void theLimitCountsCharactersNotBytes() {
        // three bytes each in UTF-8
        assertThat(TrafficPayload.of(utf8("€€€"), 3)).isEqualTo("€€€");
        assertThat(TrafficPayload.of(utf8("€€€€"), 3)).isEqualTo("€€€...");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        // U+1F600 is two chars, a surrogate pair: the limit falls between them, so the line stops before it
        assertThat(TrafficPayload.of(utf8("a\uD83D\uDE00b"), 2)).isEqualTo("a...");
        assertThat(TrafficPayload.of(utf8("a\uD83D\uDE00b"), 3)).isEqualTo("a\uD83D\uDE00...");
    }

    @Test
    void minusOneShowsWholeMessagesAndAnEmptyOneSaysSo() {
        String longMessage = "x".repeat(10_000);
        assertThat(TrafficPayload.of(utf8(longMessage), -1)).isEqualTo(longMessage);
        assertThat(TrafficPayload.of(new byte[0], 100)).isEqualTo("(empty)");
    }
}
