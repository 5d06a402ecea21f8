package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Two mappers of one scope may not map the same exception type: the build names both. A local and a global mapper of
 * the same type are no conflict (the local one wins), nor are two local ones of different classes.
 */
public class DuplicateExceptionMapperTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(GlobalOne.class, GlobalTwo.class, Catalog.class, Shop.class,
                    BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains("Exception mappers [" + GlobalOne.class.getName()
                            + "#notFound(java.util.NoSuchElementException), " + GlobalTwo.class.getName()
                            + "#missing(java.lang.RuntimeException)] map the same exception,"
                            + " java.util.NoSuchElementException, for every method: keep one, or make one local to the"
                            + " class whose methods it serves")
                    .contains("Exception mappers [" + Catalog.class.getName()
                            + "#first(java.lang.IllegalStateException), " + Catalog.class.getName()
                            + "#second(java.lang.Exception)] map the same exception, java.lang.IllegalStateException,"
                            + " for the methods of " + Catalog.class.getName())
                    .doesNotContain(Shop.class.getName()));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public static class GlobalOne {
        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return null;
        }
    }

    public static class GlobalTwo {
        /** Maps it through value(), with a wider parameter. */
        @JsonRpcExceptionMapper(NoSuchElementException.class)
        JsonRpcException missing(RuntimeException e) {
            return null;
        }
    }

    public static class Catalog {
        @JsonRpc
        public int lookup(String key) {
            return 0;
        }

        @JsonRpcExceptionMapper
        JsonRpcException first(IllegalStateException e) {
            return null;
        }

        @JsonRpcExceptionMapper({ IllegalStateException.class, UnsupportedOperationException.class })
        JsonRpcException second(Exception e) {
            return null;
        }

        /** Local: no conflict with the global ones. */
        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return null;
        }
    }

    /** Local mappers of another class: no conflict with Catalog's. */
    public static class Shop {
        @JsonRpc
        public int buy(String item) {
            return 0;
        }

        @JsonRpcExceptionMapper
        JsonRpcException unavailable(IllegalStateException e) {
            return null;
        }

        @JsonRpcExceptionMapper
        JsonRpcException notFound(NoSuchElementException e) {
            return null;
        }
    }
}
