package io.quarkiverse.jsonrpc.server.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * installed at test time into {@code target/interop}, at pinned major versions.
 */
@QuarkusTest
class InteropTest {

    static final List<String> PACKAGES = List.of("json-rpc-2.0@1", "ws@8", "jayson@4");
    static final Path PREFIX = Path.of("target", "interop");
    static final Path SCRIPTS = Path.of("src", "test", "js");

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void installPackages() throws Exception {
        Path installed = PREFIX.resolve("installed.txt");
        String wanted = String.join(" ", PACKAGES);
        if (Files.exists(installed) && Files.readString(installed).equals(wanted)) {
            return;
        }
        Files.createDirectories(PREFIX);
        List<String> command = new java.util.ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund",
                "--no-save", "--prefix", PREFIX.toString()));
        command.addAll(PACKAGES);
        Result npm = run(command, 180);
        assertThat(npm.exitCode).as("npm install:%n%s", npm.output).isZero();
        Files.writeString(installed, wanted);
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
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(1000);
            return new Result(-1, "timed out after " + timeoutSeconds + " s\n" + output);
        }
        reader.join();
        return new Result(process.exitValue(), output.toString());
    }
}
