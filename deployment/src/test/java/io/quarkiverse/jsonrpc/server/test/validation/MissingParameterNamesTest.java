package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.Javac;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Params bind by Java parameter name: a class compiled without {@code -parameters} and without debug info has none.
 * The build of this module compiles with {@code -parameters}, so the class is compiled here, with {@code -g:none}.
 */
public class MissingParameterNamesTest {

    static final String CLASS_NAME = MissingParameterNamesTest.class.getPackageName() + ".Unnamed";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> {
                jar.addClass(BuildFailure.class);
                Javac.compileInto(jar, Map.of(CLASS_NAME, "package " + MissingParameterNamesTest.class.getPackageName()
                        + ";\n"
                        + "public class Unnamed {\n"
                        + "    @" + JsonRpc.class.getName() + "\n"
                        + "    public int add(int a, int b) {\n"
                        + "        return a + b;\n"
                        + "    }\n"
                        + "}\n"), "-g:none");
            })
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + CLASS_NAME + "#add(int, int) has no name for parameter 1 (int): compile"
                            + " with -parameters (maven-compiler-plugin <parameters>true</parameters>; Kotlin:"
                            + " -java-parameters) so params can bind by name"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }
}
