package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationTransformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.arc.deployment.AnnotationsTransformerBuildItem;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A class an annotation transformer (another extension's, say) makes an alternative, and enables none, is no bean, as
 * ArC sees its annotations: its methods are not served, and are no error, as those of a class declared so
 * ({@link DisabledAlternativesTest}).
 */
public class TransformedAlternativesTest {

    private static final String OWNING_BEANS = "io.quarkiverse.jsonrpc.server.deployment.OwningBeans";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, Stub.class, LogWatch.class))
            .addBuildChainCustomizer(builder -> builder.addBuildStep(context -> context.produce(
                    new AnnotationsTransformerBuildItem(AnnotationTransformation.forClasses().whenClass(Stub.class)
                            .transform(transformation -> transformation.add(Alternative.class)))))
                    .produces(AnnotationsTransformerBuildItem.class)
                    .build())
            .overrideConfigKey("quarkus.log.category.\"" + OWNING_BEANS + "\".level", "DEBUG")
            .setLogRecordPredicate(record -> OWNING_BEANS.equals(record.getLoggerName()))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).containsExactly(
                    "@JsonRpc method " + Stub.class.getName() + "#stubbed() is not run: " + Stub.class.getName()
                            + " is an @Alternative that is not enabled, which is no bean (enable it with @Priority or"
                            + " quarkus.arc.selected-alternatives)"));

    @Singleton
    public static class Greeter {
        @JsonRpc
        public String hello() {
            return "hi";
        }
    }

    /** Declared a bean, made an alternative by the transformer. */
    @Singleton
    public static class Stub {
        @JsonRpc
        public String stubbed() {
            return "stubbed";
        }
    }

    @Test
    void theEnabledBeanServesAndTheTransformedAlternativeDoesNot() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"hello\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"hi\",\"id\":1}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"stubbed\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Method not found\","
                        + "\"data\":\"No method named 'stubbed'\"},\"id\":1}");
    }
}
