package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.MAPPER;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.invalidParams;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The types Jackson reads from a string ({@code URI}, {@code Locale}, {@code Currency}, ...) take a string, and a
 * message about a value of another kind says so: it said "cannot take an object as an object".
 */
class TypesReadFromStringsTest {

    public record Link(URI href) {
    }

    static final JsonRpcEngine ENGINE = new JsonRpcEngine(new MethodTable(List.of(
            method("open", args -> args[0].toString(), value("uri", URI.class)),
            method("translate", args -> args[0].toString(), value("locale", Locale.class)),
            method("follow", args -> ((Link) args[0]).href().toString(), value("link", Link.class)))),
            MAPPER, new EngineOptions(10, false, Map.of()));

    static String call(String method, String params) {
        return EngineTests.call(ENGINE, method, params);
    }

    @Test
    void anObjectOrAnArrayForAUri() {
        assertThat(call("open", "[{}]")).isEqualTo(invalidParams("parameter 'uri' cannot take an object as a string"));
        assertThat(call("translate", "{\"locale\":[\"en\"]}"))
                .isEqualTo(invalidParams("parameter 'locale' cannot take an array as a string"));
    }

    @Test
    void insideAParam() {
        assertThat(call("follow", "[{\"href\":{\"path\":\"/\"}}]"))
                .isEqualTo(invalidParams("'link.href' cannot take an object as a string"));
    }

    @Test
    void aStringStillBinds() {
        assertThat(call("open", "[\"https://example.com/a\"]"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"https://example.com/a\",\"id\":1}");
    }
}
