package io.quarkiverse.jsonrpc.server.test.openrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.LogWatch;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Jackson 2 does not read the classes a Java sealed type permits: read by a type name without {@code @JsonSubTypes},
 * it refuses every name. The OpenRPC document offers none of them, and the build warns, saying what to add; with
 * {@code @JsonSubTypes} the document offers the names the server reads.
 */
public class SealedTypeSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Event.class, Opened.class, Closed.class, Door.class,
                    Open.class, Shut.class, Log.class, LogWatch.class))
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
                    && record.getLoggerName().startsWith("io.quarkiverse.jsonrpc"))
            .assertLogRecords(records -> assertThat(records).extracting(LogWatch::message).containsExactly(
                    "The sealed type " + Event.class.getName() + " is read by a type name (@JsonTypeInfo(use = NAME)),"
                            + " but Jackson does not look for the classes it permits: a JSON-RPC param of it is refused"
                            + " whatever name it gives, and the OpenRPC document does not list them; list them on"
                            + " SealedTypeSchemaTest.Event with @JsonSubTypes({SealedTypeSchemaTest.Closed.class,"
                            + " SealedTypeSchemaTest.Opened.class}), or register them on the application's"
                            + " ObjectMapper"));

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    public sealed interface Event permits Opened, Closed {
    }

    @JsonTypeName("opened")
    public record Opened(String by) implements Event {
    }

    public record Closed(String by) implements Event {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
    @JsonSubTypes({ @JsonSubTypes.Type(Open.class), @JsonSubTypes.Type(Shut.class) })
    public sealed interface Door permits Open, Shut {
    }

    @JsonTypeName("open")
    public record Open(int degrees) implements Door {
    }

    @JsonTypeName("shut")
    public record Shut(boolean locked) implements Door {
    }

    public static class Log {
        @JsonRpc
        public String record(Event event) {
            return event.toString();
        }

        @JsonRpc
        public String door(Door door) {
            return door.toString();
        }
    }

    @Test
    void withoutJsonSubTypesNoNameIsOfferedAndNoneIsRead() throws Exception {
        assertThat(schemas().get("Event")).hasToString("{\"type\":\"object\",\"properties\":{}}");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"record\","
                + "\"params\":{\"event\":{\"@type\":\"opened\",\"by\":\"ada\"}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params:"
                        + " 'event.@type' cannot take \\\"opened\\\"\"},\"id\":1}");
    }

    @Test
    void withJsonSubTypesTheOfferedNamesAreRead() throws Exception {
        assertThat(schemas().at("/Door/oneOf").findValuesAsText("const")).containsExactly("open", "shut");
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"door\","
                + "\"params\":{\"door\":{\"state\":\"shut\",\"locked\":true}},\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"Shut[locked=true]\",\"id\":1}");
    }

    private static JsonNode schemas() throws Exception {
        return Http.getJson("/jsonrpc/openrpc.json").at("/components/schemas");
    }
}
