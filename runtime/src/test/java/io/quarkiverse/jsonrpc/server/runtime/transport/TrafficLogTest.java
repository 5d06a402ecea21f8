package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** How much of a message a traffic log line shows. */
class TrafficLogTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMessageUpToTheLimitIsShownWhole() {
        assertThat(new TrafficLog(10).payload(utf8("0123456789"))).isEqualTo("0123456789");
    }

    @Test
    void aLongerMessageIsCutAtTheLimit() {
        assertThat(new TrafficLog(10).payload(utf8("0123456789A"))).isEqualTo("0123456789...");
    }

    @Test
    void theLimitCountsCharactersNotBytes() {
        // three bytes each in UTF-8
        assertThat(new TrafficLog(3).payload(utf8("€€€"))).isEqualTo("€€€");
        assertThat(new TrafficLog(3).payload(utf8("€€€€"))).isEqualTo("€€€...");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        // U+1F600 is two chars, a surrogate pair: the limit falls between them, so the line stops before it
        assertThat(new TrafficLog(2).payload(utf8("a\uD83D\uDE00b"))).isEqualTo("a...");
        assertThat(new TrafficLog(3).payload(utf8("a\uD83D\uDE00b"))).isEqualTo("a\uD83D\uDE00...");
    }

    @Test
    void minusOneShowsWholeMessagesAndAnEmptyOneSaysSo() {
        String longMessage = "x".repeat(10_000);
        assertThat(new TrafficLog(-1).payload(utf8(longMessage))).isEqualTo(longMessage);
        assertThat(new TrafficLog(100).payload(new byte[0])).isEqualTo("(empty)");
    }
}
