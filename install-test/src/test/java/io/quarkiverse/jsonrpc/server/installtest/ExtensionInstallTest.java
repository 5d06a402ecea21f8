package io.quarkiverse.jsonrpc.server.installtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkiverse.jsonrpc.testsupport.TestJvmOptions;

/**
 * What a user does with the extensions once they are published: create a Quarkus application with the server
 * extension, which its codestart gives a first method and its test, add the client extension with
 * {@code quarkus:add-extension}, write one {@code @JsonRpc} method and a client interface for it, package (the
 * codestart's test passing), run, call the method directly and through the client; and create one in Kotlin, whose
 * codestart's test passes too. Each Maven step runs in a process of its own with this repository's wrapper, the outer
 * build's local repository, settings and offline mode, so the test finds the artifacts this build has just installed
 * and nothing else.
 */
class ExtensionInstallTest {

    private static final Duration MAVEN_STEP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 3;

    private static final String CALCULATOR = """
            package org.acme;

            import jakarta.inject.Inject;

            import io.quarkiverse.jsonrpc.client.JsonRpcClient;
            import io.quarkiverse.jsonrpc.server.JsonRpc;

            public class Calculator {

                @Inject
                @JsonRpcClient
                CalculatorClient client;

                @JsonRpc
                public int add(int a, int b) {
                    return a + b;
                }

                /** Calls add through the client extension, over HTTP, on this same application. */
                @JsonRpc
                public int addThroughClient(int a, int b) {
                    return client.add(a, b);
                }
            }
            """;

    private static final String CALCULATOR_CLIENT = """
            package org.acme;

            import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
            import io.quarkiverse.jsonrpc.server.JsonRpc;

            @RegisterJsonRpcClient(configKey = "self")
            public interface CalculatorClient {

                @JsonRpc
                int add(int a, int b);
            }
            """;

    private final Path repoRoot = Path.of(property("install-test.repo-root")).toAbsolutePath().normalize();
    private final String extensionVersion = property("install-test.extension-version");
    private final String quarkusVersion = property("install-test.quarkus-version");

    @TempDir
    Path work;

    /**
     * One application for both Java paths, as each Maven step costs a JVM and a build: created with the server
     * extension (its codestart), given the client with {@code quarkus:add-extension}, then packaged with its tests.
     */
    @Test
    void createdApplicationHasTheCodestartsPassingTestAddsTheClientServesACallAndCallsItself() throws Exception {
        Path app = create("app", "");
        // the codestart, which the tooling found through the extension's metadata and fetched as its artifact
        assertThat(app.resolve("src/main/java/org/acme/Greeter.java")).content().contains("@JsonRpc");
        assertThat(app.resolve("src/test/java/org/acme/GreeterTest.java")).exists();

        maven(app, "add-extension", "quarkus:add-extension",
                "-Dextensions=io.quarkiverse.jsonrpc-server:quarkus-jsonrpc-client:" + extensionVersion);
        assertThat(Files.readString(app.resolve("pom.xml")))
                .as("pom.xml after quarkus:add-extension")
                .contains("<artifactId>quarkus-jsonrpc-server</artifactId>")
                .contains("<artifactId>quarkus-jsonrpc-client</artifactId>");

        Files.writeString(app.resolve("src/main/java/org/acme/Calculator.java"), CALCULATOR);
        Files.writeString(app.resolve("src/main/java/org/acme/CalculatorClient.java"), CALCULATOR_CLIENT);
        Path properties = app.resolve("src/main/resources/application.properties");
        Files.createDirectories(properties.getParent());
        Files.writeString(properties,
                "quarkus.jsonrpc-client.\"self\".url=http://localhost:${quarkus.http.port}/jsonrpc\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        testsPass(app, "package");

        // the application calls itself through its client, so it must be told its port before it starts (port 0
        // would name 0 in the client's URL): a free one is tried, and another if someone took it before the
        // application could. Once the application listens, the port is its own.
        Path log = work.resolve("app.log");
        for (int attempt = 1;; attempt++) {
            int port = freePort();
            Process process = new ProcessBuilder(javaExecutable(), "-Dquarkus.http.port=" + port, "-jar",
                    "target/quarkus-app/quarkus-run.jar")
                    .directory(app.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                if (!listens(process, log)) {
                    if (attempt == PORT_ATTEMPTS) {
                        fail("Another process took the free port before the application, " + attempt
                                + " times in a row:\n" + tail(log));
                    }
                    continue;
                }
                String response = call(port, log, "add");
                assertThat(response).contains("\"result\":3").contains("\"id\":1");
                assertThat(call(port, log, "addThroughClient")).contains("\"result\":3");
                return;
            } finally {
                stop(process);
            }
        }
    }

    @Test
    void kotlinApplicationCreatedWithTheExtensionHasTheCodestartsFunctionAndPassingTest() throws Exception {
        Path app = create("kotlin-greeter", "kotlin,");
        assertThat(app.resolve("src/main/kotlin/org/acme/Greeter.kt")).content().contains("@JsonRpc");
        assertThat(app.resolve("src/test/kotlin/org/acme/GreeterTest.kt")).exists();
        // Quarkus 3.33.2's quarkus-kotlin brings quarkus-vertx-kotlin, whose parent POM Maven Central lacks: the
        // application excludes it, as the Kotlin guide tells users to (nothing here uses it)
        Path pom = app.resolve("pom.xml");
        String kotlinExtension = "<artifactId>quarkus-kotlin</artifactId>\n";
        assertThat(Files.readString(pom)).contains(kotlinExtension);
        Files.writeString(pom, Files.readString(pom).replace(kotlinExtension, kotlinExtension + """
                            <exclusions>
                                <exclusion>
                                    <groupId>io.quarkus</groupId>
                                    <artifactId>quarkus-vertx-kotlin</artifactId>
                                </exclusion>
                            </exclusions>
                """));
        // compiled in Maven's own process: the Kotlin daemon the plugin starts otherwise outlives the build by two
        // hours, with a heap of a quarter of the machine's memory
        testsPass(app, "test", "-Dkotlin.compiler.daemon=false");
    }

    /** An application created with the server extension and the others named (a list ending in a comma), if any. */
    private Path create(String artifactId, String otherExtensions) throws Exception {
        maven(work, "create-" + artifactId, "io.quarkus:quarkus-maven-plugin:" + quarkusVersion + ":create",
                "-DprojectGroupId=org.acme", "-DprojectArtifactId=" + artifactId, "-DplatformGroupId=io.quarkus",
                "-DplatformArtifactId=quarkus-bom", "-DplatformVersion=" + quarkusVersion,
                "-Dextensions=" + otherExtensions + "io.quarkiverse.jsonrpc-server:quarkus-jsonrpc-server:"
                        + extensionVersion);
        return work.resolve(artifactId);
    }

    /**
     * The created application's tests, on a free port, run by Maven up to {@code phase} with the properties given: the
     * codestart's two pass.
     */
    private void testsPass(Path app, String phase, String... properties) throws Exception {
        List<String> goalAndArgs = new ArrayList<>(List.of(phase, "-Dquarkus.http.test-port=0",
                // the tests' JVM gets the options of the Maven steps (below) through the created pom's argLine
                "-DargLine=" + TestJvmOptions.asString()));
        goalAndArgs.addAll(List.of(properties));
        maven(app, phase + "-" + app.getFileName(), goalAndArgs.toArray(String[]::new));
        assertThat(app.resolve("target/surefire-reports/TEST-org.acme.GreeterTest.xml")).content()
                .contains("tests=\"2\"")
                .contains("failures=\"0\"")
                .contains("errors=\"0\"");
    }

    /**
     * Waits for the application's "Listening on" line; {@code false} when it exited because its port was taken.
     *
     * @throws AssertionError when it exited for another reason, or did not listen in time
     */
    private static boolean listens(Process process, Path log) {
        return await().atMost(STARTUP_TIMEOUT).until(() -> {
            String output = Files.readString(log);
            if (output.contains("Listening on: ")) {
                return true;
            }
            if (!process.isAlive()) {
                if (output.contains("Port already bound") || output.contains("seems to be in use by another process")
                        || output.contains("Address already in use")) {
                    return false;
                }
                fail("The application exited with code " + process.exitValue() + " before listening:\n" + tail(log));
            }
            return null;
        }, listening -> listening != null);
    }

    private static String call(int port, Path log, String method) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/jsonrpc"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":[1,2],\"id\":1}"))
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("HTTP status; application log:\n%s", tail(log)).isEqualTo(200);
        return response.body();
    }

    private void maven(Path directory, String step, String... goalAndArgs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(repoRoot.resolve("mvnw").toString());
        command.add("-B");
        command.add("-ntp");
        if (Boolean.parseBoolean(System.getProperty("install-test.offline"))) {
            command.add("-o");
        }
        String settings = System.getProperty("maven.settings");
        if (settings != null && !settings.isBlank() && Files.isRegularFile(Path.of(settings))) {
            command.add("-s");
            command.add(settings);
        }
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        String tail = System.getProperty("install-test.repo-local-tail");
        if (tail != null && !tail.isBlank() && !tail.startsWith("${")) { // left unresolved when not set
            command.add("-Dmaven.repo.local.tail=" + tail);
        }
        // the platform descriptor comes from the Maven repository, not from registry.quarkus.io
        command.add("-DquarkusRegistryClient=false");
        // the created pom names plugin versions this build may not have downloaded; use the ones it has
        command.add("-Dsurefire-plugin.version=" + property("install-test.surefire-version"));
        command.addAll(List.of(goalAndArgs));

        Path log = work.resolve("maven-" + step + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the settings of this repository's .mvn/jvm.config, which the created application, outside the repository,
        // does not find: each Maven step is a short-lived JVM, which would spend about as much CPU compiling its code
        // with C2 as running it (with C1 alone, this test's steps took half the CPU: 63 s instead of 125 s)
        builder.environment().put("MAVEN_OPTS", TestJvmOptions.asString());
        Process process = builder.start();
        if (!process.waitFor(MAVEN_STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            stop(process);
            fail("Maven step '" + step + "' did not finish within " + MAVEN_STEP_TIMEOUT + ": " + command + "\n"
                    + tail(log));
        }
        if (process.exitValue() != 0) {
            fail("Maven step '" + step + "' failed with exit code " + process.exitValue() + ": " + command + "\n"
                    + tail(log));
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run this test with Maven");
        }
        return value;
    }
}
