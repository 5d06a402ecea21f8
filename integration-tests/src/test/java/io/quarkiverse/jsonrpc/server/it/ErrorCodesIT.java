package io.quarkiverse.jsonrpc.server.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link ErrorCodesTest} against the packaged application, which runs in production mode. */
@QuarkusIntegrationTest
class ErrorCodesIT extends ErrorCodesTest {

    /** In production the client learns nothing of an unexpected exception: errors.include-details is off. */
    @Override
    @ParameterizedTest
    @EnumSource(JsonRpcTransport.class)
    void internalErrorForAnUnexpectedException(JsonRpcTransport transport) {
        over(transport).send("""
                {"jsonrpc": "2.0", "method": "fail", "id": 1}
                """).returns("""
                {"jsonrpc": "2.0", "error": {"code": -32603, "message": "Internal error"}, "id": 1}
                """);
    }
}
