package io.quarkiverse.jsonrpc.server.test.shutdown;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;

/**
 * Holds the event loop of an upgrade to {@code /jsonrpc} just after it has written the 101, until released: the client
 * has its 101, while Vert.x has not yet given the response that status, nor websockets-next opened the connection. As
 * a busy machine may hold it. One application holds one upgrade: the first.
 */
@Singleton
public class HeldAfterHandshake {

    static final CountDownLatch released = new CountDownLatch(1);

    void install(@Observes Router router) {
        router.route("/jsonrpc").order(Integer.MIN_VALUE).handler(ctx -> {
            if ("websocket".equalsIgnoreCase(ctx.request().getHeader("Upgrade"))
                    && ctx.request().connection() instanceof ConnectionBase connection) {
                connection.channel().pipeline().addLast(new ChannelOutboundHandlerAdapter() {
                    @Override
                    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
                        if (!(message instanceof HttpResponse response) || response.status().code() != 101) {
                            context.write(message, promise);
                            return;
                        }
                        context.pipeline().remove(this);
                        context.writeAndFlush(message, promise);
                        try {
                            released.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }
            ctx.next();
        });
    }
}
