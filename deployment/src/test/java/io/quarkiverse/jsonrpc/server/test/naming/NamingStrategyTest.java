package io.quarkiverse.jsonrpc.server.test.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The mapper's naming strategy renames the properties of the objects in params and results, not the params: a
 * param's name is its Java name, or its {@code @JsonProperty}'s, whatever the strategy.
 */
public class NamingStrategyTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Bank.class, Bank.Money.class))
            .overrideConfigKey("quarkus.jackson.property-naming-strategy", "SNAKE_CASE");

    public static class Bank {

        public record Money(BigDecimal amount, String currencyCode) {
        }

        @JsonRpc
        public Money transfer(String fromAccount, @JsonProperty("to_account") String toAccount, Money amount) {
            return amount;
        }
    }

    @Test
    void theStrategyRenamesPropertiesNotParams() {
        assertThat(HttpRpc.call("""
                {"jsonrpc": "2.0", "method": "transfer", "params": {"fromAccount": "a", "to_account": "b", \
                "amount": {"amount": 5, "currency_code": "EUR"}}, "id": 1}"""))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":{\"amount\":5,\"currency_code\":\"EUR\"},\"id\":1}");
        assertThat(HttpRpc.call("""
                {"jsonrpc": "2.0", "method": "transfer", "params": {"from_account": "a", "to_account": "b", \
                "amount": {"amount": 5, "currency_code": "EUR"}}, "id": 2}"""))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":"
                        + "\"Invalid params: unknown parameter 'from_account' for method 'transfer'\"},\"id\":2}");
    }
}
