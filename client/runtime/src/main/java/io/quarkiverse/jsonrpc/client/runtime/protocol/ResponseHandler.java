package io.quarkiverse.jsonrpc.client.runtime.protocol;

/** Receives the answer to one request: its response, or why none will come. */
public interface ResponseHandler {

    void onResponse(Incoming.Response response);

    void onFailure(Throwable failure);
}
