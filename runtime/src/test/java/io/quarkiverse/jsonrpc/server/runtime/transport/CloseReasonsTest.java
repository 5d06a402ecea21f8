package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CloseReasonsTest {

    @Test
    void aReasonThatFitsIsKept() {
        String fits = "é".repeat(61) + "a"; // 123 bytes
        assertThat(CloseReasons.fit(fits)).isSameAs(fits);
        assertThat(CloseReasons.fit("Going away")).isEqualTo("Going away");
        assertThat(CloseReasons.fit(null)).isEmpty();
    }

    @Test
    void aLongerReasonIsCutToTheFrameBetweenCharacters() {
        assertThat(CloseReasons.fit("a".repeat(124))).isEqualTo("a".repeat(120) + "...");
        // byte 120 is the second of an é: the é is left out whole
        String cut = CloseReasons.fit("a".repeat(119) + "é".repeat(10));
        assertThat(cut).isEqualTo("a".repeat(119) + "...");
        // a character of four bytes (a surrogate pair) is not split either
        String emoji = CloseReasons.fit("ab" + "\uD83D\uDE00".repeat(40));
        assertThat(emoji).isEqualTo("ab" + "\uD83D\uDE00".repeat(29) + "...");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(123);
    }
}
