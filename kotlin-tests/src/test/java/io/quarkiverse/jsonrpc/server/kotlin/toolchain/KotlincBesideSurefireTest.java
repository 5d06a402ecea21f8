package io.quarkiverse.jsonrpc.server.kotlin.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's JVM options ({@code .mvn/jvm.config}) set the two system properties the Kotlin compiler sets for itself
 * and reads right after, {@code idea.plugins.compatible.build} and {@code idea.config.path}. In the parallel build,
 * Surefire putting back its copy of the system properties in another module could remove them in between, and the
 * compiler then failed with "Could not find installation home path" (CI did, once). Started with the build's options,
 * a compilation beside a thread that does the same, all the time, succeeds; without the two options it fails.
 */
class KotlincBesideSurefireTest {

    private static final Path JVM_CONFIG = Path.of("..", ".mvn", "jvm.config");

    @Test
    void theCompilerInTheBuildsJvmKeepsItsPropertiesWhenAnotherModuleRestoresTheSystemProperties(@TempDir Path dir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(buildJvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                CompileWhileRestoringProperties.class.getName(), kotlinStdlib().toString(), dir.toString()));
        Path output = dir.resolve("compiler-output.txt");
        Process compiler = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertThat(compiler.waitFor(5, TimeUnit.MINUTES)).as("the compiler exited").isTrue();
        assertThat(compiler.exitValue()).as(Files.readString(output, StandardCharsets.UTF_8)).isZero();
        assertThat(dir.resolve("classes").resolve("Greeting.class")).exists();
    }

    private static List<String> buildJvmOptions() throws IOException {
        return Arrays.stream(Files.readString(JVM_CONFIG, StandardCharsets.UTF_8).split("\\s+"))
                .filter(option -> !option.isEmpty())
                .toList();
    }

    private static Path kotlinStdlib() {
        try {
            return Path.of(kotlin.Unit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
