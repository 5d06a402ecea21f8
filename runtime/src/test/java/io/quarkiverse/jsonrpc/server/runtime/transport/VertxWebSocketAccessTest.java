package io.quarkiverse.jsonrpc.server.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.impl.WebSocketInternal;
import io.vertx.ext.web.impl.ServerWebSocketWrapper;

/**
 * The websockets-next this extension is built against lets its Vert.x WebSocket be read directly, and the Vert.x Web
 * wrapper around that WebSocket lets its channel be reached, to close a client that does not read. A Quarkus upgrade
 * that hides either fails here, not silently in production as a slower transport or a connection left open.
 */
class VertxWebSocketAccessTest {

    @Test
    void theSocketOfAConnectionCanBeReached() {
        assertThat(VertxWebSocketAccess.available()).isTrue();
    }

    @Test
    void theChannelUnderVertxWebsWrapperCanBeReached() {
        Channel channel = new EmbeddedChannel();
        ChannelHandlerContext context = (ChannelHandlerContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ChannelHandlerContext.class }, (proxy, method, args) -> channel);
        ServerWebSocket socket = (ServerWebSocket) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ServerWebSocket.class, WebSocketInternal.class }, (proxy, method, args) -> context);

        assertThat(VertxWebSocketAccess.channel(new ServerWebSocketWrapper(socket, "localhost", null, "http", false,
                null))).isSameAs(channel);
    }
}
