package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Params bind by Java parameter name: a class compiled without {@code -parameters} and without debug info has none.
 * The build of this module compiles with {@code -parameters}, so the class is compiled here, with {@code -g:none}.
 */
public class MissingParameterNamesTest {

    static final String CLASS_NAME = MissingParameterNamesTest.class.getPackageName() + ".Unnamed";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(BuildFailure.class)
                    .add(new ByteArrayAsset(compileWithoutParameterNames()), CLASS_NAME.replace('.', '/') + ".class"))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + CLASS_NAME + "#add(int, int) has no name for parameter 0: compile"
                            + " with -parameters"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    private static byte[] compileWithoutParameterNames() {
        String source = "package " + MissingParameterNamesTest.class.getPackageName() + ";\n"
                + "public class Unnamed {\n"
                + "    @" + JsonRpc.class.getName() + "\n"
                + "    public int add(int a, int b) {\n"
                + "        return a + b;\n"
                + "    }\n"
                + "}\n";
        try {
            Path dir = Files.createTempDirectory("unnamed");
            Path file = dir.resolve("Unnamed.java");
            Files.writeString(file, source);
            // surefire's class path may be a manifest-only jar: point javac at the annotation's own location
            String classPath = Path.of(JsonRpc.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int exit = javac.run(null, null, null,
                    List.of("-g:none", "--release", "17", "-classpath", classPath, "-d", dir.toString(),
                            file.toString()).toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("javac failed with exit code " + exit);
            }
            return Files.readAllBytes(dir.resolve(CLASS_NAME.replace('.', '/') + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
