package io.quarkiverse.jsonrpc.server.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.smallrye.mutiny.subscription.UniSubscriber;

/** The engine's own operators behave as the Mutiny operators they replace. */
class UndecoratedUniTest {

    @Test
    void transformGetsTheItem() {
        Uni<String> uni = UndecoratedUni.transform(Uni.createFrom().item(41),
                (item, failure) -> failure == null ? "item " + (item + 1) : "failure");
        assertThat(uni.await().indefinitely()).isEqualTo("item 42");
    }

    @Test
    void transformGetsTheFailure() {
        Uni<String> uni = UndecoratedUni.transform(Uni.createFrom().<Integer> failure(new IllegalStateException("boom")),
                (item, failure) -> item == null ? "failure " + failure.getMessage() : "item");
        assertThat(uni.await().indefinitely()).isEqualTo("failure boom");
    }

    @Test
    void aFailingMapperFailsTheUni() {
        Uni<String> uni = UndecoratedUni.transform(Uni.createFrom().item(1), (item, failure) -> {
            throw new IllegalArgumentException("mapper");
        });
        assertThatThrownBy(() -> uni.await().indefinitely()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mapper");
    }

    @Test
    void onEndOrCancellationSeesNullThenTheFailureAndPassesBothOn() {
        List<Throwable> seen = new ArrayList<>();
        AtomicInteger cancelled = new AtomicInteger();
        assertThat(UndecoratedUni.onEndOrCancellation(Uni.createFrom().item("a"), seen::add, cancelled::incrementAndGet)
                .await().indefinitely()).isEqualTo("a");
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> UndecoratedUni.onEndOrCancellation(Uni.createFrom().failure(boom), seen::add,
                cancelled::incrementAndGet).await().indefinitely()).isSameAs(boom);
        assertThat(seen).containsExactly(null, boom);
        assertThat(cancelled).hasValue(0);
    }

    @Test
    void afterTerminationRunsOnceDownstreamHasTakenTheItemOrTheFailure() {
        List<String> events = new ArrayList<>();
        UndecoratedUni.afterTermination(Uni.createFrom().item("a"), () -> events.add("action")).subscribe()
                .with(item -> events.add("item " + item));
        UndecoratedUni.afterTermination(Uni.createFrom().failure(new IllegalStateException("boom")),
                () -> events.add("action")).subscribe().with(item -> events.add("item"),
                        failure -> events.add("failure " + failure.getMessage()));
        assertThat(events).containsExactly("item a", "action", "failure boom", "action");
    }

    @Test
    void afterTerminationRunsOnceOnACancellationAndNotForWhatArrivesAfterIt() {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<UniEmitter<? super String>> emitter = new AtomicReference<>();
        List<String> items = new ArrayList<>();
        Cancellable subscription = UndecoratedUni.afterTermination(Uni.createFrom().<String> emitter(emitter::set),
                runs::incrementAndGet).subscribe().with(items::add);
        subscription.cancel();
        subscription.cancel();
        emitter.get().complete("late");
        assertThat(runs).hasValue(1);
        assertThat(items).isEmpty();
    }

    @Test
    void onEndOrCancellationToldOfACancellationOnceAndOfNothingThatArrivesAfterIt() {
        List<Throwable> ended = new ArrayList<>();
        AtomicInteger cancelled = new AtomicInteger();
        AtomicReference<UniEmitter<? super String>> emitter = new AtomicReference<>();
        Cancellable subscription = UndecoratedUni.onEndOrCancellation(Uni.createFrom().<String> emitter(emitter::set),
                ended::add, cancelled::incrementAndGet).subscribe().with(item -> {
                });
        subscription.cancel();
        subscription.cancel();
        emitter.get().complete("late");

        assertThat(cancelled).hasValue(1);
        assertThat(ended).isEmpty();
    }

    @Test
    void onEndOrCancellationIsNotToldOfACancellationAfterTheItem() {
        List<Throwable> ended = new ArrayList<>();
        AtomicInteger cancelled = new AtomicInteger();
        Cancellable subscription = UndecoratedUni.onEndOrCancellation(Uni.createFrom().item("a"), ended::add,
                cancelled::incrementAndGet).subscribe().with(item -> {
                });
        subscription.cancel();

        assertThat(ended).containsExactly((Throwable) null);
        assertThat(cancelled).hasValue(0);
    }

    @Test
    void onTerminationRunsOnItemAndOnFailure() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(UndecoratedUni.onTermination(Uni.createFrom().item("a"), runs::incrementAndGet).await()
                .indefinitely()).isEqualTo("a");
        assertThatThrownBy(() -> UndecoratedUni.onTermination(Uni.createFrom().failure(new IllegalStateException()),
                runs::incrementAndGet).await().indefinitely()).isInstanceOf(IllegalStateException.class);
        assertThat(runs).hasValue(2);
    }

    @Test
    void onTerminationRunsOnceOnCancellationAndCancelsUpstream() {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger upstreamCancelled = new AtomicInteger();
        Uni<Object> never = Uni.createFrom().nothing().onCancellation().invoke(upstreamCancelled::incrementAndGet);
        Cancellable subscription = UndecoratedUni.onTermination(never, runs::incrementAndGet).subscribe()
                .with(item -> {
                });
        subscription.cancel();
        subscription.cancel();
        assertThat(runs).hasValue(1);
        assertThat(upstreamCancelled).hasValue(1);
    }

    @Test
    void cancellingATransformCancelsUpstreamAndMapsNothing() {
        AtomicInteger upstreamCancelled = new AtomicInteger();
        AtomicInteger mapped = new AtomicInteger();
        Uni<Object> never = Uni.createFrom().nothing().onCancellation().invoke(upstreamCancelled::incrementAndGet);
        UndecoratedUni.transform(never, (item, failure) -> mapped.incrementAndGet()).subscribe().with(item -> {
        }).cancel();
        assertThat(upstreamCancelled).hasValue(1);
        assertThat(mapped).hasValue(0);
    }

    /** A result that counts its discards. */
    static final class Held implements DiscardableResult {
        final AtomicInteger discarded = new AtomicInteger();

        @Override
        public void discard() {
            discarded.incrementAndGet();
        }
    }

    /**
     * Gives its item when told, cancelled or not, as a method's thread does that returns as its call is cancelled
     * ({@code BlockingCall}).
     */
    static final class Late extends AbstractUni<Object> {
        private UniSubscriber<? super Object> subscriber;

        @Override
        public void subscribe(UniSubscriber<? super Object> subscriber) {
            this.subscriber = subscriber;
            subscriber.onSubscribe(() -> {
            });
        }

        void emit(Object item) {
            subscriber.onItem(item);
        }
    }

    @Test
    void anItemThatComesAfterATransformWasCancelledIsDiscardedAndNotMapped() {
        assertDiscardedAfterCancellation((late, mapped) -> UndecoratedUni.transform(late,
                (item, failure) -> mapped.incrementAndGet()));
    }

    @Test
    void flatMapGivesTheItemOrTheFailureOfTheMappedUni() {
        assertThat(UndecoratedUni.flatMap(Uni.createFrom().item(41), item -> Uni.createFrom().item(item + 1)).await()
                .indefinitely()).isEqualTo(42);
        assertThatThrownBy(() -> UndecoratedUni.flatMap(Uni.createFrom().item(1),
                item -> Uni.createFrom().failure(new IllegalStateException("inner"))).await().indefinitely())
                .isInstanceOf(IllegalStateException.class).hasMessage("inner");
        assertThatThrownBy(() -> UndecoratedUni.flatMap(Uni.createFrom().failure(new IllegalStateException("outer")),
                item -> Uni.createFrom().item(item)).await().indefinitely())
                .isInstanceOf(IllegalStateException.class).hasMessage("outer");
        assertThatThrownBy(() -> UndecoratedUni.flatMap(Uni.createFrom().item(1), item -> {
            throw new IllegalArgumentException("mapper");
        }).await().indefinitely()).isInstanceOf(IllegalArgumentException.class).hasMessage("mapper");
    }

    /**
     * The race a worker-thread method's {@code Uni} runs with its call's cancellation: Mutiny's flatMap dropped the
     * item that came after the cancellation, and with it the request context the result held.
     */
    @Test
    void anItemThatComesAfterAFlatMapWasCancelledIsDiscardedAndNotMapped() {
        assertDiscardedAfterCancellation((late, mapped) -> UndecoratedUni.flatMap(late, item -> {
            mapped.incrementAndGet();
            return Uni.createFrom().item(item);
        }));
    }

    /**
     * Subscribes to what {@code operator} makes of a {@link Late} upstream, counting its mappings in the integer it is
     * given, cancels, then has the upstream give a discardable item: it is discarded once, and not mapped.
     */
    private static void assertDiscardedAfterCancellation(BiFunction<Late, AtomicInteger, Uni<?>> operator) {
        Late late = new Late();
        AtomicInteger mapped = new AtomicInteger();
        operator.apply(late, mapped).subscribe().with(item -> {
        }).cancel();
        Held held = new Held();
        late.emit(held);
        assertThat(held.discarded).hasValue(1);
        assertThat(mapped).hasValue(0);
    }

    @Test
    void cancellingAFlatMapCancelsTheMappedUni() {
        AtomicInteger innerCancelled = new AtomicInteger();
        Cancellable subscription = UndecoratedUni.flatMap(Uni.createFrom().item(1),
                item -> Uni.createFrom().nothing().onCancellation().invoke(innerCancelled::incrementAndGet))
                .subscribe().with(item -> {
                });
        subscription.cancel();
        assertThat(innerCancelled).hasValue(1);
    }
}
