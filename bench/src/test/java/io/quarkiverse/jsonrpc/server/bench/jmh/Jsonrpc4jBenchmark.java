package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.jsonrpc4j.JsonRpcBasicServer;
import com.googlecode.jsonrpc4j.JsonRpcParam;

import io.quarkiverse.jsonrpc.server.bench.jmh.Requests.Point;

/** The peer: jsonrpc4j 1.6's {@code JsonRpcBasicServer} on the same request bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Jsonrpc4jBenchmark {

    public interface Service {
        int subtract(@JsonRpcParam("minuend") int minuend, @JsonRpcParam("subtrahend") int subtrahend);

        Point translate(@JsonRpcParam("point") Point point, @JsonRpcParam("by") Point by);
    }

    public static final class ServiceImpl implements Service {
        @Override
        public int subtract(int minuend, int subtrahend) {
            return minuend - subtrahend;
        }

        @Override
        public Point translate(Point point, Point by) {
            return new Point(point.x() + by.x(), point.y() + by.y());
        }
    }

    private JsonRpcBasicServer server;

    @Setup
    public void setUp() throws IOException {
        server = new JsonRpcBasicServer(new ObjectMapper(), new ServiceImpl(), Service.class);
        Requests.check("jsonrpc4j", single(), Requests.SINGLE_RESPONSE);
        Requests.check("jsonrpc4j", named(), Requests.NAMED_RESPONSE);
        Requests.check("jsonrpc4j", record(), Requests.RECORD_RESPONSE);
        Requests.check("jsonrpc4j", batch(), Requests.BATCH_RESPONSE);
        Requests.checkError("jsonrpc4j", notFound());
    }

    private byte[] handle(byte[] request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        server.handleRequest(new ByteArrayInputStream(request), out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] single() throws IOException {
        return handle(Requests.SINGLE);
    }

    @Benchmark
    public byte[] named() throws IOException {
        return handle(Requests.NAMED);
    }

    @Benchmark
    public byte[] record() throws IOException {
        return handle(Requests.RECORD);
    }

    @Benchmark
    public byte[] batch() throws IOException {
        return handle(Requests.BATCH);
    }

    @Benchmark
    public byte[] notFound() throws IOException {
        return handle(Requests.NOT_FOUND);
    }
}
