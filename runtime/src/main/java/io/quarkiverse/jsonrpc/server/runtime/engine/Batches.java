package io.quarkiverse.jsonrpc.server.runtime.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What the protocol says of batches beyond their calls, each of which the engine runs as a call of its own: which
 * batches are refused whole, and how the responses of their calls make the batch's response.
 */
final class Batches {

    private final int maxBatchSize;
    private final int maxResponseSize;
    private final ResponseWriter writer;
    private final ErrorMapper errors;

    Batches(int maxBatchSize, int maxResponseSize, ResponseWriter writer, ErrorMapper errors) {
        this.maxBatchSize = maxBatchSize;
        this.maxResponseSize = maxResponseSize;
        this.writer = writer;
        this.errors = errors;
    }

    /** Why a batch of that many requests is not answered; {@code null} when it is. */
    String refused(int size) {
        if (size == 0) {
            return "A batch must contain at least one request";
        }
        if (maxBatchSize == 0) {
            return "Batches are turned off (quarkus.jsonrpc-server.max-batch-size=0): send one request per message";
        }
        if (size > maxBatchSize) {
            return "A batch of " + size + " requests exceeds the limit of " + maxBatchSize
                    + " (quarkus.jsonrpc-server.max-batch-size)";
        }
        return null;
    }

    /**
     * The responses of a batch as one array, which the response size limit applies to as a whole: in the order of the
     * batch, a result that would take it past the limit is replaced by the error saying so, and its filters and
     * listeners are told that error; a subscription it made is ended, as the client cannot learn its id. The filters
     * of the results that stay are told them now.
     *
     * @param observed what the filters and listeners follow of each call, by its place in the batch; {@code null}
     *        when none listens and no method is filtered
     * @param session where the batch's subscriptions were made
     */
    Reply reply(List<Request> requests, List<Reply> replies, ObservedCall.InBatch[] observed, TransportSession session) {
        List<byte[]> responses = new ArrayList<>(replies.size());
        List<String> subscriptions = List.of();
        long size = 2;
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            byte[] response = reply == null ? null : reply.bytes();
            ErrorObject tooLarge = null;
            if (response != null) {
                if (reply.errorCode() == 0 && size + response.length > maxResponseSize) {
                    Request request = requests.get(i);
                    tooLarge = errors.resultTooLarge(request, maxResponseSize);
                    response = writer.error(request.version(), request.responseId(), tooLarge);
                    // a subscription whose id the client will not learn could be neither told apart nor ended
                    reply.subscriptions().forEach(session::unsubscribe);
                } else if (!reply.subscriptions().isEmpty()) {
                    if (subscriptions.isEmpty()) {
                        subscriptions = new ArrayList<>();
                    }
                    subscriptions.addAll(reply.subscriptions());
                }
                size += response.length + 1;
            }
            if (observed != null && observed[i] != null) {
                observed[i].sent(tooLarge);
            }
            responses.add(response);
        }
        return Reply.of(writer.batch(responses), subscriptions);
    }

    /** The batch is answered: its calls' listeners are told what each call answered. */
    static void answered(ObservedCall.InBatch[] observed) {
        for (ObservedCall.InBatch call : observed) {
            if (call != null) {
                call.batchAnswered();
            }
        }
    }

    /**
     * The batch is cancelled before its answer (its connection closed): its calls not told yet are cancelled, those
     * whose methods returned too, as the client gets none of their answers.
     */
    static void cancelled(ObservedCall.InBatch[] observed) {
        for (ObservedCall.InBatch call : observed) {
            if (call != null) {
                call.cancelled();
            }
        }
    }
}
