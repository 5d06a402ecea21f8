package io.quarkiverse.jsonrpc.client.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.client.JsonRpcBatch;
import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.JsonRpcClientExceptionMapper;
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.testing.SharedTcpRelay;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A client interface's {@code @JsonRpcClientExceptionMapper} turns the errors the server answers into the
 * application's exceptions, for every kind of call of the interface; {@code null} leaves an error as it is.
 */
public class ClientExceptionMapperTest {

    static final int PORT = SharedTcpRelay.port(ClientExceptionMapperTest.class.getName());
    static final Duration AWAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Bank.class, BankServer.class, InsufficientFundsException.class,
                    MapperBugException.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"bank\".url", "ws://localhost:" + PORT + "/jsonrpc");

    public static class InsufficientFundsException extends RuntimeException {
        public InsufficientFundsException(String message) {
            super(message);
        }
    }

    public static class MapperBugException extends RuntimeException {
        public MapperBugException(String message) {
            super(message);
        }
    }

    @RegisterJsonRpcClient(configKey = "bank")
    public interface Bank {

        @JsonRpc
        long withdraw(long cents);

        @JsonRpc("withdraw")
        Uni<Long> withdrawLater(long cents);

        @JsonRpc("withdraw")
        CompletionStage<Long> withdrawStage(long cents);

        @JsonRpc
        Multi<Long> statement();

        @JsonRpc
        Multi<Long> closedAccountStatement();

        @JsonRpcClientExceptionMapper
        static RuntimeException toException(JsonRpcClientException error) {
            return switch (error.code()) {
                case 4001 -> new InsufficientFundsException(error.getMessage());
                // a mapper's own failure is what the caller gets
                case 4002 -> throw new MapperBugException("cannot map " + error.code());
                default -> null;
            };
        }
    }

    public static class BankServer {

        /** 100 cents in the account; {@code 4002} for a negative amount, {@code -32010} for none. */
        @JsonRpc(transports = JsonRpcTransport.WEBSOCKET)
        public long withdraw(long cents) {
            if (cents > 100) {
                throw new JsonRpcException(4001, "Insufficient funds: 100 cents left", null);
            }
            if (cents < 0) {
                throw new JsonRpcException(4002, "A negative amount", null);
            }
            if (cents == 0) {
                throw new JsonRpcException(-32010, "Nothing to withdraw", null);
            }
            return 100 - cents;
        }

        /** One entry, then the statement ends with the server's error. */
        @JsonRpc
        public Multi<Long> statement() {
            return Multi.createFrom().items(100L).onCompletion()
                    .failWith(() -> new JsonRpcException(4001, "Insufficient funds for the next entry", null));
        }

        /** Refused: the subscription never starts. */
        @JsonRpc
        public Multi<Long> closedAccountStatement() {
            throw new JsonRpcException(4001, "No funds in a closed account", null);
        }
    }

    @TestHTTPResource
    URL application;

    @Inject
    @JsonRpcClient
    Bank bank;

    @BeforeEach
    void relayToTheApplication() {
        SharedTcpRelay.target(ClientExceptionMapperTest.class.getName(), application.getPort());
    }

    @Test
    void aBlockingCallFailsWithTheMappedException() {
        assertThat(bank.withdraw(30)).isEqualTo(70);
        assertThatThrownBy(() -> bank.withdraw(500)).isExactlyInstanceOf(InsufficientFundsException.class)
                .hasMessage("Insufficient funds: 100 cents left");
    }

    @Test
    void anErrorTheMapperDeclinesStaysAJsonRpcClientException() {
        assertThatThrownBy(() -> bank.withdraw(0)).isExactlyInstanceOf(JsonRpcClientException.class)
                .hasMessage("Nothing to withdraw")
                .satisfies(e -> assertThat(((JsonRpcClientException) e).code()).isEqualTo(-32010));
    }

    @Test
    void whatTheMapperThrowsIsWhatTheCallerGets() {
        assertThatThrownBy(() -> bank.withdraw(-1)).isExactlyInstanceOf(MapperBugException.class)
                .hasMessage("cannot map 4002");
    }

    @Test
    void aUniAndACompletionStageFailWithTheMappedException() throws Exception {
        assertThatThrownBy(() -> bank.withdrawLater(500).await().atMost(AWAIT))
                .isExactlyInstanceOf(InsufficientFundsException.class);
        CompletionStage<Long> stage = bank.withdrawStage(500);
        assertThatThrownBy(() -> stage.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isExactlyInstanceOf(ExecutionException.class)
                .hasCauseExactlyInstanceOf(InsufficientFundsException.class);
    }

    @Test
    void aBatchEntryFailsWithTheMappedException() {
        JsonRpcBatch<Bank> batch = JsonRpcBatch.of(bank);
        JsonRpcBatch.Entry<Long> refused = batch.add(b -> b.withdraw(500));
        JsonRpcBatch.Entry<Long> paid = batch.add(b -> b.withdraw(10));
        batch.send().await().atMost(AWAIT);

        assertThatThrownBy(refused::get).isExactlyInstanceOf(InsufficientFundsException.class);
        // the entry's error is still the server's
        assertThat(refused.error().code()).isEqualTo(4001);
        assertThat(paid.get()).isEqualTo(90);
    }

    @Test
    void aSubscriptionEndingWithTheServersErrorFailsWithTheMappedException() {
        List<Long> received = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> bank.statement().onItem().invoke(received::add).collect().asList().await()
                .atMost(AWAIT)).isExactlyInstanceOf(InsufficientFundsException.class)
                .hasMessage("Insufficient funds for the next entry");
        assertThat(received).containsExactly(100L);
    }

    @Test
    void aSubscriptionTheServerRefusesFailsWithTheMappedException() {
        assertThatThrownBy(() -> bank.closedAccountStatement().collect().asList().await().atMost(AWAIT))
                .isExactlyInstanceOf(InsufficientFundsException.class).hasMessage("No funds in a closed account");
    }
}
