package io.quarkiverse.jsonrpc.server.runtime.engine;

import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.handle;
import static io.quarkiverse.jsonrpc.server.runtime.engine.EngineTests.method;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;

/**
 * Scalar params and results skip Jackson's per-call machinery only where the application's mapper would do what
 * Jackson does anyway: a serializer or deserializer of its own still applies.
 */
class MapperCustomizationTest {

    static String call(ObjectMapper mapper, String request) {
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(
                method("echo", args -> args[0], RpcParam.value("text", mapper.constructType(String.class))),
                method("twice", args -> (Integer) args[0] * 2, RpcParam.value("n", mapper.constructType(int.class))))),
                mapper, new EngineOptions(10, false, Map.of()));
        return new String(handle(engine, request, JsonRpcTransport.HTTP), StandardCharsets.UTF_8);
    }

    @Test
    void theApplicationsOwnStringDeserializerReadsStringParams() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule()
                .addDeserializer(String.class, new JsonDeserializer<String>() {
                    @Override
                    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        return p.getText().trim();
                    }
                }));

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":[\"  padded  \"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"padded\",\"id\":1}");
    }

    @Test
    void theApplicationsOwnIntegerSerializerWritesIntResults() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule()
                .addSerializer(Integer.class, new JsonSerializer<Integer>() {
                    @Override
                    public void serialize(Integer value, JsonGenerator gen, SerializerProvider serializers)
                            throws IOException {
                        gen.writeString("#" + value);
                    }
                }));

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"#42\",\"id\":1}");
    }

    @Test
    void aNumberInAStringStillCoercesAsJacksonDoes() {
        assertThat(call(new ObjectMapper(), "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[\"21\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}");
    }

    @Test
    void aMapperThatRefusesToCoerceStringsRefusesThem() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[\"21\"],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Invalid params: parameter 'n' cannot take \\\"21\\\" as an integer\"},\"id\":1}");
    }

    @Test
    void aDateInTheFormTheMapperChoseIsNotSaidToBeIso() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("dd.MM.yyyy"));
        JsonRpcEngine engine = new JsonRpcEngine(new MethodTable(List.of(
                method("nextDay", args -> ((LocalDate) args[0]).plusDays(1),
                        RpcParam.value("day", mapper.constructType(LocalDate.class))))),
                mapper, new EngineOptions(10, false, Map.of()));

        // the ISO form is not the one this mapper reads: the message does not send the client to it
        assertThat(new String(handle(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"nextDay\",\"params\":[\"2024-05-01\"],"
                + "\"id\":1}", JsonRpcTransport.HTTP), StandardCharsets.UTF_8))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Invalid params: parameter 'day' cannot take \\\"2024-05-01\\\"\"},\"id\":1}");
        assertThat(new String(handle(engine, "{\"jsonrpc\":\"2.0\",\"method\":\"nextDay\",\"params\":[\"01.05.2024\"],"
                + "\"id\":1}", JsonRpcTransport.HTTP), StandardCharsets.UTF_8))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"02.05.2024\",\"id\":1}");
    }

    /**
     * A mapper that fails on what follows a value (a common strictness setting) reads a request as any mapper does: the
     * params are read in the middle of the message, where the rest of the message follows them.
     */
    @Test
    void aMapperThatFailsOnTrailingTokensReadsParams() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":1}");
        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"twice\",\"params\":{\"n\":4}}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":8,\"id\":2}");
        // what follows the whole message is still no JSON-RPC
        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[1],\"id\":3} {}"))
                .startsWith("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,");
    }

    @Test
    void aMapperThatDetectsDuplicateMembersRefusesThem() {
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        String twice = "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"method\":\"echo\",\"params\":[21],\"id\":1}";

        // Jackson's default: the last one counts
        assertThat(call(new ObjectMapper(), twice)).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"21\",\"id\":1}");
        assertThat(call(mapper, twice)).startsWith("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,");
    }

    @Test
    void aFactoryThatWritesNumbersAsStringsStillDoes() {
        ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                .enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build());

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":7}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":\"42\",\"id\":7}");
        // the protocol's own numbers stay numbers: the id as sent, the error code
        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":7}"))
                .startsWith("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,").endsWith(",\"id\":7}");
    }

    /**
     * A parser the application made lenient reads numbers JSON does not have ({@code NaN}, {@code .5}, {@code 1.}):
     * as an id, echoed as read, it would make an answer that is not JSON. It is refused.
     */
    @Test
    void anIdThatIsNotAJsonNumberIsRefused() {
        ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .build());

        for (String id : new String[] { "NaN", ".5", "1." }) {
            assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":" + id + "}"))
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request\","
                            + "\"data\":\"'id' must be a number as JSON writes it, not " + id + "\"},\"id\":null}");
        }
        // Jackson gives leading zeros' number without them
        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":007}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":7}");
        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":-0.5e+3}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":-0.5e+3}");
    }

    @Test
    void aNumberResultIsWrittenAsTheGeneratorWouldForBothVersions() {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[-21],\"id\":1.50}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":-42,\"id\":1.50}");
        assertThat(call(mapper, "{\"method\":\"twice\",\"params\":[21],\"id\":12345678901234567890}"))
                .isEqualTo("{\"result\":42,\"error\":null,\"id\":12345678901234567890}");
    }

    @Test
    void aStringIdIsEchoedAsTheGeneratorWould() {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":\"c-1 /x\"}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":\"c-1 /x\"}");
        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":\"a\\\"b\\u00e9\"}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":\"a\\\"bé\"}");
    }

    @Test
    void aFactoryThatEscapesSlashesStillDoesInIds() {
        ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                .enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build());

        assertThat(call(mapper, "{\"jsonrpc\":\"2.0\",\"method\":\"twice\",\"params\":[21],\"id\":\"a/b\"}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":42,\"id\":\"a\\/b\"}");
    }
}
