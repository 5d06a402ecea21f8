package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The same call with few and with many registered methods: dispatch must not grow with the table. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBenchmark {

    @Param({ "10", "10000" })
    public int methods;

    private EngineFixture engine;

    @Setup
    public void setUp() {
        engine = new EngineFixture(methods);
        Requests.check("engine with " + methods + " methods", single(), Requests.SINGLE_RESPONSE);
    }

    @Benchmark
    public byte[] single() {
        return engine.handle(Requests.SINGLE);
    }
}
