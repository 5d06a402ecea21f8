package io.quarkiverse.jsonrpc.server.kotlin.toolchain;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

/**
 * Compiles a Kotlin class in this process, as the kotlin-maven-plugin does in the build's JVM, while another thread
 * keeps putting back the system properties this process started with. That is what Surefire does in a parallel build:
 * it copies the system properties before a forked test run in one module and puts the copy back after it, so a
 * property the compiler set in between, in another module, is gone when the compiler reads it.
 * <p>
 * Arguments: the kotlin-stdlib jar and a working directory. Exits with the compiler's exit code.
 */
public final class CompileWhileRestoringProperties {

    public static void main(String[] args) throws Exception {
        Properties atStart = (Properties) System.getProperties().clone();
        Thread restorer = new Thread(() -> {
            while (true) {
                System.setProperties((Properties) atStart.clone());
            }
        }, "restorer");
        restorer.setDaemon(true);
        restorer.start();

        Path dir = Path.of(args[1]);
        Path source = Files.writeString(dir.resolve("Greeting.kt"), "class Greeting(val text: String)\n");
        PrintStream err = System.err;
        int exitCode = new K2JVMCompiler().exec(err, "-no-stdlib", "-no-reflect", "-classpath", args[0],
                "-d", dir.resolve("classes").toString(), source.toString()).getCode();
        System.exit(exitCode);
    }
}
