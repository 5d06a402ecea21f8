package io.quarkiverse.jsonrpc.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an application without a JSON-RPC layer would write for one {@code subtract} request: read the body into a
 * tree with the application's ObjectMapper, call the bean, write the response by hand. No validation, no dispatch,
 * no errors: the cost the extension is compared with.
 */
@Singleton
public class BaselineCodec {

    private final ObjectMapper mapper;
    private final Calculator calculator;

    BaselineCodec(ObjectMapper mapper, Calculator calculator) {
        this.mapper = mapper;
        this.calculator = calculator;
    }

    public String answerText(byte[] request) throws IOException {
        return new String(answer(request), StandardCharsets.UTF_8);
    }

    public byte[] answer(byte[] request) throws IOException {
        JsonNode tree = mapper.readTree(request);
        JsonNode params = tree.get("params");
        int result = calculator.subtract(params.get(0).intValue(), params.get(1).intValue());
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("jsonrpc", "2.0");
            generator.writeNumberField("result", result);
            generator.writeFieldName("id");
            generator.writeTree(tree.get("id"));
            generator.writeEndObject();
        }
        return out.toByteArray();
    }
}
