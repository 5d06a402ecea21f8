package io.quarkiverse.jsonrpc.client.runtime;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ErrorObjects;
import io.quarkiverse.jsonrpc.client.runtime.protocol.Incoming;
import io.quarkiverse.jsonrpc.client.runtime.protocol.ReadFailures;
import io.quarkiverse.jsonrpc.common.json.ExactDecimals;

/** A response as its call's value, or as the failure it is: alike for a call on its own and a batch's entry. */
final class Answers {

    private Answers() {
    }

    /**
     * @param reader the reader of the method's result type; {@code null} for a method without a result
     * @return the result, read into the method's result type
     * @throws RuntimeException the call's failure: the server's error ({@code JsonRpcClientException}, before the
     *         interface's mapper sees it), or an answer that breaks the protocol or the method's result type
     */
    static Object value(CallSpec spec, ObjectReader reader, Incoming.Response response) {
        if (response.contradiction() != null) {
            throw new JsonRpcTransportException("The server answered " + spec.javaMethod() + " with "
                    + response.contradiction(), null);
        }
        if (response.error() != null) {
            throw ErrorObjects.toException(spec.name(), response.error());
        }
        try {
            return read(spec, reader, response.result());
        } catch (IOException | RuntimeException e) {
            throw new JsonRpcTransportException("The result of " + spec.javaMethod() + " cannot be read as "
                    + spec.resultType() + ": " + ReadFailures.reason(e), e);
        }
    }

    private static Object read(CallSpec spec, ObjectReader reader, JsonNode result) throws IOException {
        if (reader == null) {
            return null;
        }
        if (result == null || result.isNull()) {
            if (spec.primitiveResult() != null) {
                throw new IOException("the server answered null, and " + spec.javaMethod() + " returns "
                        + spec.primitiveResult());
            }
            if (spec.nullResultRefused()) {
                throw new IOException("the server answered null, and its result type has no ?");
            }
        }
        return ExactDecimals.read(reader, result);
    }
}
