package io.quarkiverse.jsonrpc.server.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * What of {@code @JsonProperty} and {@code @JsonAlias} a param does not read fails the build, where it was ignored
 * without a word: a default value (Jackson's is documentation), a param declared not required, another name. Its
 * value, the param's name, is read.
 */
public class UnreadParamNamingTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Pages.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Pages.class.getName() + "#page(java.lang.Integer) has parameter"
                            + " 'size' annotated @JsonProperty(defaultValue = \"20\"), which a param does not read:"
                            + " declare it Optional (or @Nullable) and use its value when it is absent")
                    .contains("@JsonRpc method " + Pages.class.getName() + "#skip(java.lang.Integer) has parameter"
                            + " 'offset' annotated @JsonProperty(required = false), which a param does not read:"
                            + " declare it Optional (or @Nullable), which may be omitted")
                    .contains("@JsonRpc method " + Pages.class.getName() + "#owner(java.lang.String) has parameter"
                            + " 'user_id' annotated @JsonAlias, which a param does not read: a param has one name,"
                            + " @JsonProperty's; remove it"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class Pages {
        @JsonRpc
        public int page(@JsonProperty(value = "size", defaultValue = "20") Integer size) {
            return size;
        }

        @JsonRpc
        public int skip(@JsonProperty(value = "offset", required = false) Integer offset) {
            return offset;
        }

        @JsonRpc
        public String owner(@JsonProperty("user_id") @JsonAlias("userId") String userId) {
            return userId;
        }
    }
}
