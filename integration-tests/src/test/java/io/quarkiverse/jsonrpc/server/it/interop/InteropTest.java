package io.quarkiverse.jsonrpc.server.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The example app called by JSON-RPC clients nobody here wrote: npm packages, run by Node.js from the scripts in
 * {@code src/test/js}. Each script prints one line per check and exits non-zero when one failed. The packages are
 * installed at test time into {@code target/interop} with {@code npm ci}, at the exact versions of the lock file
 * beside the scripts.
 */
@QuarkusTest
class InteropTest {

    static final Path PREFIX = Path.of("target", "interop");
    static final Path SCRIPTS = Path.of("src", "test", "js");

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void installPackages() throws Exception {
        Path lock = SCRIPTS.resolve("package-lock.json");
        Path installed = PREFIX.resolve("package-lock.json");
        if (Files.exists(installed) && Files.mismatch(lock, installed) == -1
                && Files.isDirectory(PREFIX.resolve("node_modules"))) {
            return;
        }
        Files.createDirectories(PREFIX);
        Files.copy(SCRIPTS.resolve("package.json"), PREFIX.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
        Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", PREFIX.toString()), 180);
        assertThat(npm.exitCode).as("npm ci:%n%s", npm.output).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "json-rpc-2.0-http.cjs", "json-rpc-2.0-ws.cjs", "jayson-http.cjs" })
    void clientLibraryTalksToTheServer(String script) throws Exception {
        Result node = run(List.of("node", SCRIPTS.resolve(script).toString(), Integer.toString(root.getPort())), 60);
        assertThat(node.exitCode).as("node %s:%n%s", script, node.output).isZero();
        assertThat(node.output).contains(" passed, 0 failed").doesNotContain("not ok");
    }

    record Result(int exitCode, String output) {
    }

    static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NODE_PATH", PREFIX.resolve("node_modules").toAbsolutePath().toString());
        Process process = builder.start();
        // read while it runs: a full pipe would block the process
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        }, "interop-output");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(10));
            return new Result(-1, "timed out after " + timeoutSeconds + " s\n" + output);
        }
        // a child the process left behind may hold the pipe open: the wait for the rest is bounded too
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return new Result(process.exitValue(), output.toString());
    }
}
