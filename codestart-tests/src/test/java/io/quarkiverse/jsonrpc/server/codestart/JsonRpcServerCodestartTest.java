package io.quarkiverse.jsonrpc.server.codestart;

import static io.quarkus.devtools.codestarts.quarkus.QuarkusCodestartCatalog.Language.JAVA;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.devtools.testing.codestarts.QuarkusCodestartTest;

/**
 * What {@code quarkus create app} writes for the extension, from its codestart artifact and metadata: the method, its
 * test and their dependencies, in the package the user chose. That the code compiles and its test passes, this
 * module shows by building and running the codestart's own sources.
 */
class JsonRpcServerCodestartTest {

    @RegisterExtension
    static QuarkusCodestartTest codestart = QuarkusCodestartTest.builder()
            .languages(JAVA)
            .setupStandaloneExtensionTest("io.quarkiverse.jsonrpc-server:quarkus-jsonrpc-server")
            .build();

    @Test
    void theMethodAndItsTestInTheApplicationsPackage() throws Throwable {
        String packageLine = "package " + codestart.repackagedClassName("org.acme.Greeter").replace(".Greeter", ";");
        codestart.assertThatGeneratedFile(JAVA, "src/main/java/" + packagePath() + "/Greeter.java").content()
                .startsWith(packageLine)
                .contains("@JsonRpc")
                .contains("public String greet(String name)");
        codestart.assertThatGeneratedFile(JAVA, "src/test/java/" + packagePath() + "/GreeterTest.java").content()
                .startsWith(packageLine)
                .contains(".post(\"/jsonrpc\")");
        // the codestart's src/native-test: where Quarkus puts an application's tests of its packaged form
        codestart.assertThatGeneratedFile(JAVA, "src/test/java/" + packagePath() + "/GreeterIT.java").content()
                .contains("@QuarkusIntegrationTest");
    }

    @Test
    void theExtensionAndWhatItsTestNeedsInThePom() throws Throwable {
        codestart.assertThatGeneratedFile(JAVA, "pom.xml").content()
                .contains("<artifactId>quarkus-jsonrpc-server</artifactId>")
                .contains("<artifactId>rest-assured</artifactId>");
    }

    @Test
    void aReadmeSectionThatLinksTheGuide() throws Throwable {
        codestart.assertThatGeneratedFile(JAVA, "README.md").content()
                .contains("### JSON-RPC Server")
                .contains("https://docs.quarkiverse.io/quarkus-jsonrpc-server/dev/guides-methods.html");
    }

    private static String packagePath() {
        String className = codestart.repackagedClassName("org.acme.Greeter");
        return className.substring(0, className.lastIndexOf('.')).replace('.', '/');
    }
}
