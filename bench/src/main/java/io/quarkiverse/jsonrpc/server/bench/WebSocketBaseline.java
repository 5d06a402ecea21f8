package io.quarkiverse.jsonrpc.server.bench;

import java.io.IOException;

import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.vertx.core.buffer.Buffer;

/**
 * The WebSocket baseline: a plain websockets-next endpoint. Messages of a connection are processed concurrently and
 * on a worker thread, as the extension processes them and calls {@code subtract}.
 */
@WebSocket(path = "/baseline/ws", inboundProcessingMode = InboundProcessingMode.CONCURRENT)
public class WebSocketBaseline {

    private final BaselineCodec codec;

    WebSocketBaseline(BaselineCodec codec) {
        this.codec = codec;
    }

    @OnTextMessage
    public String message(Buffer message) throws IOException {
        return codec.answerText(message.getBytes());
    }
}
