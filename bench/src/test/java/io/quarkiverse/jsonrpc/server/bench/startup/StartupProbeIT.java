package io.quarkiverse.jsonrpc.server.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** One start of the packaged bench app, timed to its first answered call, so that the startup probe cannot rot. */
class StartupProbeIT {

    @Test
    void thePackagedAppAnswersItsFirstCall() throws Exception {
        Path jar = Path.of(System.getProperty("bench.app.jar", "target/quarkus-app/quarkus-run.jar"));

        double millis = StartupProbe.medianMillis(jar, 1);

        assertThat(millis).isPositive();
    }
}
