package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.quarkiverse.jsonrpc.server.bench.jmh.Requests.Point;

/**
 * The floor: Jackson alone reads the request into a tree and writes the same response, knowing the method and the
 * shape of its params in advance. No JSON-RPC layer can do less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JacksonFloorBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectReader pointReader = mapper.readerFor(Point.class);
    private final ObjectWriter pointWriter = mapper.writerFor(Point.class);

    @Setup
    public void setUp() throws IOException {
        Requests.check("jackson", single(), Requests.SINGLE_RESPONSE);
        Requests.check("jackson", named(), Requests.NAMED_RESPONSE);
        Requests.check("jackson", record(), Requests.RECORD_RESPONSE);
    }

    @Benchmark
    public byte[] single() throws IOException {
        JsonNode request = mapper.readTree(Requests.SINGLE);
        JsonNode params = request.get("params");
        return intResponse(params.get(0).intValue() - params.get(1).intValue(), request.get("id"));
    }

    @Benchmark
    public byte[] named() throws IOException {
        JsonNode request = mapper.readTree(Requests.NAMED);
        JsonNode params = request.get("params");
        return intResponse(params.get("minuend").intValue() - params.get("subtrahend").intValue(), request.get("id"));
    }

    @Benchmark
    public byte[] record() throws IOException {
        JsonNode request = mapper.readTree(Requests.RECORD);
        JsonNode params = request.get("params");
        Point point = pointReader.readValue(params.get(0));
        Point by = pointReader.readValue(params.get(1));
        Point result = new Point(point.x() + by.x(), point.y() + by.y());
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("jsonrpc", "2.0");
            generator.writeFieldName("result");
            pointWriter.writeValue(generator, result);
            generator.writeFieldName("id");
            generator.writeTree(request.get("id"));
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    private byte[] intResponse(int result, JsonNode id) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("jsonrpc", "2.0");
            generator.writeNumberField("result", result);
            generator.writeFieldName("id");
            generator.writeTree(id);
            generator.writeEndObject();
        }
        return out.toByteArray();
    }
}
