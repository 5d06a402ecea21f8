package io.quarkiverse.jsonrpc.server.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.test.Javac;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An interface compiled without {@code -parameters} has no parameter names, even with debug information (its methods
 * have no body): params then bind by the names of the implementation, compiled here with {@code -g} alone.
 */
public class InterfaceWithoutParameterNamesTest {

    static final String PACKAGE = InterfaceWithoutParameterNamesTest.class.getPackageName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> {
                Javac.compileInto(jar, Map.of(
                        PACKAGE + ".Adder", "package " + PACKAGE + ";\n"
                                + "public interface Adder {\n"
                                + "    @" + JsonRpc.class.getName() + "\n"
                                + "    int add(int first, int second);\n"
                                + "}\n",
                        PACKAGE + ".AdderImpl", "package " + PACKAGE + ";\n"
                                + "public class AdderImpl implements Adder {\n"
                                + "    public int add(int a, int b) {\n"
                                + "        return a - b;\n"
                                + "    }\n"
                                + "}\n"),
                        "-g");
            });

    @Test
    void namedParamsBindByTheImplementationNames() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":{\"b\":2,\"a\":5},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":1}");
    }
}
