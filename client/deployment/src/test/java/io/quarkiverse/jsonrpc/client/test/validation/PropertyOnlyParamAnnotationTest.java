package io.quarkiverse.jsonrpc.client.test.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient;
import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcNotification;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code @JsonFormat} and {@code @JsonSerialize} on a parameter of a client interface: Jackson applies them to
 * properties, never to a param written as a value of its type, so the build says so rather than send the param in
 * another form than meant.
 */
public class PropertyOnlyParamAnnotationTest {

    static final String ADVICE = ", which a param does not use: a param is written as the application's ObjectMapper"
            + " writes its type; remove it, and configure the type on the mapper (an ObjectMapperCustomizer) or send a"
            + " record whose component carries it";

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Calendar.class, BuildFailure.class))
            .overrideConfigKey("quarkus.jsonrpc-client.\"calendar\".url", "http://localhost:1/jsonrpc")
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("@JsonRpc method " + Calendar.class.getName() + "#next(java.time.LocalDate) has"
                            + " parameter 'day' annotated @JsonFormat" + ADVICE)
                    .contains("@JsonRpcNotification method " + Calendar.class.getName() + "#note(long) has"
                            + " parameter 'id' annotated @JsonSerialize" + ADVICE));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    @RegisterJsonRpcClient(configKey = "calendar")
    public interface Calendar {
        @JsonRpc
        LocalDate next(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate day);

        @JsonRpc
        @JsonRpcNotification
        void note(@JsonSerialize(using = ToStringSerializer.class) long id);
    }
}
