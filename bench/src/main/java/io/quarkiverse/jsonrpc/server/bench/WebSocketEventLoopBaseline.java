package io.quarkiverse.jsonrpc.server.bench;

import java.io.IOException;

import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;

/** {@link WebSocketBaseline} on the event loop, beside the extension's {@code subtractOnEventLoop}. */
@WebSocket(path = "/baseline/ws-event-loop", inboundProcessingMode = InboundProcessingMode.CONCURRENT)
public class WebSocketEventLoopBaseline {

    private final BaselineCodec codec;

    WebSocketEventLoopBaseline(BaselineCodec codec) {
        this.codec = codec;
    }

    @OnTextMessage
    @NonBlocking
    public String message(Buffer message) throws IOException {
        return codec.answerText(message.getBytes());
    }
}
