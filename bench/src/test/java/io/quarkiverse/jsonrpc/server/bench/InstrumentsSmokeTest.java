package io.quarkiverse.jsonrpc.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkiverse.jsonrpc.server.bench.load.LoadGenerator;
import io.quarkiverse.jsonrpc.server.bench.load.LoadOptions;
import io.quarkiverse.jsonrpc.server.bench.load.LoadResult;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fifty calls of load on each endpoint of the bench app, so that the load generator and the baselines cannot rot:
 * every response is checked, and one wrong answer fails the test. The measured runs are bench/run-all.sh's.
 */
@QuarkusTest
class InstrumentsSmokeTest {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest
    @CsvSource({ "http://,jsonrpc,subtract", "http://,baseline/rest,subtract", "http://,baseline/rest-engine,subtract",
            "ws://,jsonrpc,subtract", "ws://,baseline/ws,subtract", "ws://,jsonrpc,subtractOnEventLoop",
            "ws://,baseline/ws-event-loop,subtract" })
    void everyCallIsAnsweredRightly(String scheme, String path, String method) throws Exception {
        URI target = URI.create(scheme + root.getHost() + ":" + root.getPort() + "/" + path);
        LoadResult result = LoadGenerator.run(new LoadOptions(path, target, 2, 2, 0, 0,
                ProcessHandle.current().pid(), null, method, 50));

        assertThat(result.failures()).as(result.toString()).isZero();
        assertThat(result.calls()).as(result.toString()).isGreaterThanOrEqualTo(50);
    }
}
