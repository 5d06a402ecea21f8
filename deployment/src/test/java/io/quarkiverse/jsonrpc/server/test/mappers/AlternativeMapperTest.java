package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.NoSuchElementException;

import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.testsupport.HttpRpc;
import io.quarkus.test.Mock;
import io.quarkus.test.QuarkusUnitTest;

/** A global mapper of a bean that a {@code @Mock} extends runs on the mock, the bean injected. */
public class AlternativeMapperTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Mappers.class, MockMappers.class, Api.class));

    @Singleton
    public static class Mappers {
        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return new JsonRpcException(404, "Mapped by " + getClass().getSimpleName());
        }
    }

    @Mock
    public static class MockMappers extends Mappers {
    }

    public static class Api {
        @JsonRpc
        public String lookup() {
            throw new NoSuchElementException();
        }
    }

    @Test
    void theMockMaps() {
        assertThat(HttpRpc.call("{\"jsonrpc\":\"2.0\",\"method\":\"lookup\",\"id\":1}"))
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"Mapped by MockMappers\"},\"id\":1}");
    }
}
