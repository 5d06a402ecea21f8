package io.quarkiverse.jsonrpc.server.bench;

import java.io.IOException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.runtime.ServerAssembly;
import io.quarkiverse.jsonrpc.server.runtime.transport.ConnectionlessSession;
import io.smallrye.mutiny.Uni;

/** The HTTP baselines: a plain Quarkus REST endpoint, and the extension's engine behind one instead of its route. */
@Path("/baseline")
public class RestBaseline {

    private final BaselineCodec codec;
    private final ServerAssembly server;

    RestBaseline(BaselineCodec codec, ServerAssembly server) {
        this.codec = codec;
        this.server = server;
    }

    /** A worker thread, as the extension's call of {@code subtract}: REST's default for a plain return type. */
    @POST
    @Path("/rest")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] rest(byte[] body) throws IOException {
        return codec.answer(body);
    }

    /**
     * The same engine as {@code /jsonrpc}, behind REST: the event loop, then the engine's own hop to a worker, as
     * the Vert.x route does. The ratio of the two is what the route saves.
     */
    @POST
    @Path("/rest-engine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> restEngine(byte[] body, HttpHeaders headers) {
        return server.engine().handle(body, ConnectionlessSession.of(JsonRpcTransport.HTTP, headers.getRequestHeaders(), null))
                .map(reply -> reply == null ? Response.noContent().build() : Response.ok(reply.bytes()).build());
    }
}
