package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * "A mapper declared on a class that serves @JsonRpc methods maps the failures of that class's methods only; on any
 * other bean, the failures of every method." Here CommonMappers is such another bean, and Api, a subclass of it that
 * serves methods, inherits its mapper (local to Api): the mapper is both, whichever bean's class name comes first.
 */
public class InheritedGlobalMapperTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(AaMappers.class, ZzApi.class, CommonMappers.class, Api.class,
                    Unrelated.class));

    public static class CommonMappers {
        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return new JsonRpcException(404, "Not found: " + e.getMessage());
        }
    }

    public static class Api extends CommonMappers {
        @JsonRpc
        public String apiLookup() {
            throw new NoSuchElementException("api");
        }
    }

    /** The same, with the global bean sorting before the inheriting one. */
    public static class AaMappers {
        @JsonRpcExceptionMapper
        JsonRpcException unsupported(UnsupportedOperationException e) {
            return new JsonRpcException(501, "Unsupported: " + e.getMessage());
        }
    }

    public static class ZzApi extends AaMappers {
        @JsonRpc
        public String zzApi() {
            throw new UnsupportedOperationException("zz");
        }
    }

    public static class Unrelated {
        @JsonRpc
        public String otherUnsupported() {
            throw new UnsupportedOperationException("other");
        }

        @JsonRpc
        public String otherLookup() {
            throw new NoSuchElementException("other");
        }
    }

    @Test
    void whenTheGlobalBeanSortsFirstItApplies() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"otherUnsupported\",\"id\":1}"))
                .contains("\"code\":501");
    }

    @Test
    void theInheritingBeanGetsTheMapper() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"apiLookup\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"Not found: api\"},\"id\":1}");
    }

    @Test
    void theGlobalMapperStillAppliesToEveryOtherMethod() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"otherLookup\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"Not found: other\"},\"id\":1}");
    }
}
