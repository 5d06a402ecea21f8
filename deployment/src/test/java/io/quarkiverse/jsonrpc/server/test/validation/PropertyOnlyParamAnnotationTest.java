package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code @JsonFormat} and {@code @JsonDeserialize} on a parameter: Jackson applies them to properties, never to a
 * param read as a value of its type, so the build says so rather than read the param in another form than meant.
 */
public class PropertyOnlyParamAnnotationTest {

    static final String ADVICE = ", which a param does not read: a param is read as the application's ObjectMapper"
            + " reads its type; remove it, and configure the type on the mapper (an ObjectMapperCustomizer) or take a"
            + " record whose component carries it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calendar.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Calendar.class.getName() + "#next(java.time.LocalDate) has"
                            + " parameter 'day' annotated @JsonFormat" + ADVICE)
                    .contains("@JsonRpc method " + Calendar.class.getName() + "#note(java.lang.String) has"
                            + " parameter 'text' annotated @JsonDeserialize" + ADVICE));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Calendar {
        @JsonRpc
        public LocalDate next(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate day) {
            return day.plusDays(1);
        }

        @JsonRpc
        public String note(@JsonDeserialize(using = StringDeserializer.class) String text) {
            return text;
        }
    }
}
