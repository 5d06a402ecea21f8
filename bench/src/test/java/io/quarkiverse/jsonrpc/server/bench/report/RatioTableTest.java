package io.quarkiverse.jsonrpc.server.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step of run-all.sh that left no data shows as "missing" rows, never as a shorter table. */
class RatioTableTest {

    @Test
    void everyRowOfARunWithoutDataSaysMissing(@TempDir Path results) throws Exception {
        Files.writeString(results.resolve("startup.tsv"), "startup-10\t1000\nstartup-1000\t1100\n");

        RatioTable.main(new String[] { results.toString() });

        String table = Files.readString(results.resolve("table.adoc"));
        assertThat(table).contains("|Startup to first call, 1,000 / 10 methods |1.10 |≤ 1.3 |met");
        assertThat(table).contains("|HTTP: JSON-RPC / REST baseline, calls/s |missing |≥ 0.9 |missing");
        assertThat(table).contains("|Engine / jsonrpc4j throughput, batch |missing |≥ 2 |missing");
        assertThat(table).contains("|10,000 / 10 methods, time per call |missing |≤ 1.1 |missing");
    }
}
