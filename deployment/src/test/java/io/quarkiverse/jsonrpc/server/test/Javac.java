package io.quarkiverse.jsonrpc.server.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/**
 * Compiles classes while a test runs, with options this module's build does not use (it compiles with
 * {@code -parameters}): how a test gets a class without parameter names.
 */
public final class Javac {

    private Javac() {
    }

    /**
     * Compiles Java sources, each a public top-level class of one package, and adds the class files to the archive.
     *
     * @param sources the source of each class by its fully qualified name
     * @param options javac options, such as {@code -g:none}
     */
    public static void compileInto(JavaArchive archive, Map<String, String> sources, String... options) {
        compile(sources, options).forEach((name, bytes) -> archive.add(new ByteArrayAsset(bytes),
                name.replace('.', '/') + ".class"));
    }

    /** @return the class files by class name */
    public static Map<String, byte[]> compile(Map<String, String> sources, String... options) {
        try {
            // under target/, which the build cleans: a directory of /tmp would outlive every run
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "javac")), "classes");
            List<String> arguments = new ArrayList<>(List.of(options));
            // surefire's class path may be a manifest-only jar: point javac at the annotations' own location
            String classPath = Path.of(JsonRpc.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            arguments.addAll(List.of("--release", "17", "-classpath", classPath, "-d", dir.toString()));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = dir.resolve(source.getKey().substring(source.getKey().lastIndexOf('.') + 1) + ".java");
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int exit = javac.run(null, null, null, arguments.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("javac failed with exit code " + exit);
            }
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (String name : sources.keySet()) {
                classes.put(name, Files.readAllBytes(dir.resolve(name.replace('.', '/') + ".class")));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
