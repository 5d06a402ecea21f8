package io.quarkiverse.jsonrpc.server.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** A request id as the Java value that call listeners get: the smallest type that holds the number exactly. */
class RequestIdTest {

    @Test
    void integersThatFitALongAreLongs() {
        assertThat(RequestId.number("1").value()).isEqualTo(1L);
        assertThat(RequestId.number("-0").value()).isEqualTo(0L);
        assertThat(RequestId.number("-42").value()).isEqualTo(-42L);
        assertThat(RequestId.number("123456789012345678").value()).isEqualTo(123456789012345678L);
        assertThat(RequestId.number("-123456789012345678").value()).isEqualTo(-123456789012345678L);
        assertThat(RequestId.number("9223372036854775807").value()).isEqualTo(Long.MAX_VALUE);
        assertThat(RequestId.number("-9223372036854775808").value()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void largerIntegersAreBigIntegers() {
        assertThat(RequestId.number("9223372036854775808").value()).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(RequestId.number("-12345678901234567890123").value())
                .isEqualTo(new BigInteger("-12345678901234567890123"));
    }

    @Test
    void fractionsAndExponentsAreBigDecimalsAsWritten() {
        assertThat(RequestId.number("1.10").value()).isEqualTo(new BigDecimal("1.10"));
        assertThat(RequestId.number("1e3").value()).isEqualTo(new BigDecimal("1e3"));
        assertThat(RequestId.number("-2.5E-1").value()).isEqualTo(new BigDecimal("-2.5E-1"));
    }

    @Test
    void stringsAndNull() {
        assertThat(RequestId.string("abc").value()).isEqualTo("abc");
        assertThat(RequestId.NULL.value()).isNull();
    }
}
