package io.quarkiverse.jsonrpc.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What the test client writes of the params a test gives: as the mapper writes them, each decimal with its scale. */
class JsonRpcCodecTest {

    final JsonRpcCodec codec = new JsonRpcCodec(new ObjectMapper());

    @Test
    void aDecimalKeepsItsScale() {
        assertThat(codec.write(codec.message("pay", codec.positional(new BigDecimal("1.50"), 2.50, null), 1L)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"pay\",\"params\":[1.50,2.5,null],\"id\":1}");
        assertThat(codec.write(codec.message("pay", codec.named(Map.of("amount", new BigDecimal("100.00"))), null)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"pay\",\"params\":{\"amount\":100.00}}");
    }

    @Test
    void nullParamsAreOneNull() {
        assertThat(codec.write(codec.message("echo", codec.positional((Object[]) null), 2L)))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[null],\"id\":2}");
    }
}
