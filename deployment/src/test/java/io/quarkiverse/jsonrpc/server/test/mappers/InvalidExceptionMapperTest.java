package io.quarkiverse.jsonrpc.server.test.mappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;
import io.quarkiverse.jsonrpc.testsupport.BuildFailure;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * What an exception mapper must be, checked at build time: a bean's method, neither private nor static, taking the
 * exception (and optionally the context), returning the error or a {@code Uni} of it, mapping types its parameter can
 * take, and never a {@code JsonRpcException}. One build reports them all.
 */
public class InvalidExceptionMapperTest {

    static final String M = "@JsonRpcExceptionMapper method " + Mappers.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Mappers.class, Mapping.class, NotABean.class, BuildFailure.class))
            .assertException(t -> assertThat(BuildFailure.messages(t))
                    .contains(M + "#hidden(java.lang.IllegalStateException) is private: make it at least"
                            + " package-private")
                    .contains(M + "#shared(java.lang.IllegalStateException) is static: it is called on a bean instance,"
                            + " remove 'static'")
                    .contains(M + "#text(java.io.IOException) returns java.lang.String: return a JsonRpcException (the"
                            + " error's code, message and data) or a Uni<JsonRpcException>")
                    .contains(M + "#later(java.io.IOException) returns io.smallrye.mutiny.Uni<java.lang.String>")
                    .contains(M + "#nothing(io.quarkiverse.jsonrpc.server.JsonRpcContext) has no exception parameter:"
                            + " declare the exception it maps as a parameter")
                    .contains(M + "#extra(java.io.IOException, java.lang.String) has parameter 'text' of type"
                            + " java.lang.String: a mapper takes the exception it maps and, optionally, the"
                            + " JsonRpcContext; remove it")
                    .contains(M + "#narrow(java.util.NoSuchElementException) maps java.io.IOException, which its"
                            + " parameter 'e' of type java.util.NoSuchElementException cannot take: declare the parameter as"
                            + " a superclass of every type it maps (Throwable, say)")
                    .contains(M + "#rpc(io.quarkiverse.jsonrpc.server.JsonRpcException) maps"
                            + " io.quarkiverse.jsonrpc.server.JsonRpcException, a JsonRpcException: it is an error"
                            + " already and is never mapped; throw the error you want instead")
                    .contains("@JsonRpcExceptionMapper method " + NotABean.class.getName()
                            + "#orphan(java.lang.IllegalStateException) is declared on " + NotABean.class.getName()
                            + ", which is not a bean and has no bean subclass: declare it on a concrete, non-vetoed"
                            + " class")
                    .contains("@JsonRpcExceptionMapper method " + Mapping.class.getName()
                            + "#fromInterface(java.lang.UnsupportedOperationException) is declared on interface "
                            + Mapping.class.getName() + ": it is looked for on bean classes and their superclasses"
                            + " only, declare it on the class"));

    @Test
    void buildFails() {
        fail("The build should have failed");
    }

    public interface Mapping {
        @JsonRpcExceptionMapper
        default JsonRpcException fromInterface(UnsupportedOperationException e) {
            return null;
        }
    }

    public static class Mappers implements Mapping {
        @JsonRpcExceptionMapper
        private JsonRpcException hidden(IllegalStateException e) {
            return null;
        }

        @JsonRpcExceptionMapper
        static JsonRpcException shared(IllegalStateException e) {
            return null;
        }

        @JsonRpcExceptionMapper
        String text(IOException e) {
            return null;
        }

        @JsonRpcExceptionMapper
        Uni<String> later(IOException e) {
            return null;
        }

        @JsonRpcExceptionMapper
        JsonRpcException nothing(JsonRpcContext context) {
            return null;
        }

        @JsonRpcExceptionMapper
        JsonRpcException extra(IOException e, String text) {
            return null;
        }

        @JsonRpcExceptionMapper(IOException.class)
        JsonRpcException narrow(NoSuchElementException e) {
            return null;
        }

        @JsonRpcExceptionMapper
        JsonRpcException rpc(JsonRpcException e) {
            return e;
        }
    }

    public abstract static class NotABean {
        @JsonRpcExceptionMapper
        JsonRpcException orphan(IllegalStateException e) {
            return null;
        }
    }
}
