package io.quarkiverse.jsonrpc.server.testing;

import java.util.List;

/**
 * A text message as it came on the wire.
 *
 * @param text the message, inflated if it came compressed
 * @param frameSizes the payload size of each frame it came in, in order: one frame, or a text frame and its
 *        continuations
 * @param compressed whether it came compressed (permessage-deflate)
 */
public record ReceivedMessage(String text, List<Integer> frameSizes, boolean compressed) {
}
