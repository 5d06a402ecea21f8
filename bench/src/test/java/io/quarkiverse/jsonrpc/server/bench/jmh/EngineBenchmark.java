package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The extension's engine on the request bytes of {@link Requests}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {

    private EngineFixture engine;

    @Setup
    public void setUp() {
        engine = new EngineFixture(10);
        Requests.check("engine", single(), Requests.SINGLE_RESPONSE);
        Requests.check("engine", named(), Requests.NAMED_RESPONSE);
        Requests.check("engine", record(), Requests.RECORD_RESPONSE);
        Requests.check("engine", batch(), Requests.BATCH_RESPONSE);
        Requests.checkError("engine", notFound());
    }

    @Benchmark
    public byte[] single() {
        return engine.handle(Requests.SINGLE);
    }

    @Benchmark
    public byte[] named() {
        return engine.handle(Requests.NAMED);
    }

    @Benchmark
    public byte[] record() {
        return engine.handle(Requests.RECORD);
    }

    @Benchmark
    public byte[] batch() {
        return engine.handle(Requests.BATCH);
    }

    @Benchmark
    public byte[] notFound() {
        return engine.handle(Requests.NOT_FOUND);
    }
}
