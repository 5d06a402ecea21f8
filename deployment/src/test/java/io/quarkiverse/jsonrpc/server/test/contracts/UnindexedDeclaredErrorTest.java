package io.quarkiverse.jsonrpc.server.test.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.testsupport.Http;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkiverse.jsonrpc.testsupport.UnindexedError;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An exception annotated {@code @JsonRpcError} from an archive without a Jandex index, as a shared contract module may
 * hold: the build indexes it, since a method declares it in its {@code throws} clause, and its error is answered, as
 * the OpenRPC document says.
 */
public class UnindexedDeclaredErrorTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Accounts.class));

    public static class Accounts {
        @JsonRpc
        public String balance() throws UnindexedError {
            throw new UnindexedError();
        }
    }

    @Test
    void itsCodeIsAnswered() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"balance\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1001,\"message\":\"Unknown account\"},\"id\":1}");
    }

    @Test
    void theDocumentListsIt() {
        assertThat(Http.each(Http.getJson("/jsonrpc/openrpc.json").at("/methods/0/errors"), "/code"))
                .containsExactly("1001");
    }
}
