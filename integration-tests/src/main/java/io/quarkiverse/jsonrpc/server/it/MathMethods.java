package io.quarkiverse.jsonrpc.server.it;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;

/** Methods named {@code math.*}, and the two ways an application reports its own errors. */
@JsonRpcNamespace("math")
public class MathMethods {

    /**
     * Fails with the error {@link DivisionByZeroException} declares. The {@code throws} clause is not needed to throw
     * it; it lists the error in the OpenRPC document.
     */
    @JsonRpc(summary = "Integer division", description = "The quotient of `dividend` by `divisor`, rounded toward zero.")
    public int divide(int dividend, int divisor) throws DivisionByZeroException {
        if (divisor == 0) {
            throw new DivisionByZeroException();
        }
        return dividend / divisor;
    }

    /** Called {@code math.pow}: the JSON-RPC name need not be the Java name. */
    @JsonRpc("pow")
    public double power(double base, double exponent) {
        return Math.pow(base, exponent);
    }

    /** Fails with an error built on the spot, with data for the client. */
    @JsonRpc
    public double sqrt(double value) {
        if (value < 0) {
            throw new JsonRpcException(-32011, "Square root of a negative number", value);
        }
        return Math.sqrt(value);
    }
}
