package io.quarkiverse.jsonrpc.server.bench.jmh;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkiverse.jsonrpc.server.bench.jmh.Requests.Point;
import io.quarkiverse.jsonrpc.server.runtime.engine.EngineOptions;
import io.quarkiverse.jsonrpc.server.runtime.engine.JsonRpcEngine;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodTable;
import io.quarkiverse.jsonrpc.server.runtime.engine.Reply;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcMethod;
import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkiverse.jsonrpc.server.runtime.engine.TransportSession;
import io.quarkiverse.jsonrpc.server.runtime.transport.ConnectionlessSession;
import io.smallrye.mutiny.Uni;

/**
 * The engine as the runtime builds it, with calls that run where they are made (as a non-blocking method's do), so
 * that only the protocol is measured.
 */
public final class EngineFixture {

    private final JsonRpcEngine engine;
    /** An HTTP request that asks for nothing but its transport. */
    private final TransportSession session = ConnectionlessSession.of(JsonRpcTransport.HTTP, Map.of(), null);

    /** @param methods how many methods the table holds: {@code subtract}, {@code translate} and fillers */
    public EngineFixture(int methods) {
        ObjectMapper mapper = new ObjectMapper();
        Set<JsonRpcTransport> both = EnumSet.allOf(JsonRpcTransport.class);
        List<RpcMethod> table = new ArrayList<>(methods);
        table.add(new RpcMethod("subtract",
                List.of(RpcParam.value("minuend", mapper.constructType(int.class)),
                        RpcParam.value("subtrahend", mapper.constructType(int.class))),
                both, (args, context) -> Uni.createFrom().item((int) args[0] - (int) args[1])));
        table.add(new RpcMethod("translate",
                List.of(RpcParam.value("point", mapper.constructType(Point.class)),
                        RpcParam.value("by", mapper.constructType(Point.class))),
                both, (args, context) -> {
                    Point point = (Point) args[0];
                    Point by = (Point) args[1];
                    return Uni.createFrom().item(new Point(point.x() + by.x(), point.y() + by.y()));
                }));
        for (int i = table.size(); i < methods; i++) {
            int n = i;
            table.add(new RpcMethod("filler." + i, List.of(RpcParam.value("a", mapper.constructType(int.class))),
                    both, (args, context) -> Uni.createFrom().item((int) args[0] + n)));
        }
        this.engine = new JsonRpcEngine(new MethodTable(table), mapper, new EngineOptions(100, false, Map.of()));
    }

    /** Handles a message as a transport does, by subscribing; calls complete at once, so the reply is there. */
    public byte[] handle(byte[] message) {
        Reply[] reply = new Reply[1];
        engine.handle(message, session).subscribe().with(r -> reply[0] = r);
        return reply[0].bytes();
    }
}
