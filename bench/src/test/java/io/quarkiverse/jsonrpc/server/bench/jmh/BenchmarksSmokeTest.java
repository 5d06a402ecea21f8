package io.quarkiverse.jsonrpc.server.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every JMH benchmark for a few milliseconds in this JVM: their setups check each implementation's answer, so a
 * benchmark measuring a wrong answer fails here. The measured runs are bench/run-all.sh's.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsAndAnswersRightly() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BenchmarksSmokeTest.class.getPackageName() + ".*Benchmark")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .shouldFailOnError(true)
                .build()).run();

        // 5 engine, 5 jsonrpc4j, 3 Jackson floor, 2 scaling
        assertThat(results).hasSize(15);
    }

    @Test
    void theCpuTimeComparisonTimesEveryCase(@TempDir Path directory) throws Exception {
        Path results = directory.resolve("cpu.tsv");

        CpuTimeComparison.main(new String[] { results.toString(), "1", "20" });

        assertThat(Files.readAllLines(results)).hasSize(15).allMatch(line -> line.matches("\\S+\\t[0-9.]+"));
    }
}
