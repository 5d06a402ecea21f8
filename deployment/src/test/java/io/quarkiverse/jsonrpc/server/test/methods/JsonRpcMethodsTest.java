package io.quarkiverse.jsonrpc.server.test.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Nullable;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcMethods;
import io.quarkiverse.jsonrpc.server.JsonRpcMethods.MethodInfo;
import io.quarkiverse.jsonrpc.server.JsonRpcMethods.ParamInfo;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;
import io.quarkiverse.jsonrpc.server.JsonRpcTransport;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

/**
 * The {@code JsonRpcMethods} bean lists what the application serves: names sorted, params without context
 * parameters, generic types, which params may be omitted ({@code Optional}, {@code @Nullable}), transports, and where
 * each method comes from.
 */
public class JsonRpcMethodsTest {

    @RegisterExtension
    static final QuarkusUnitTest test = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Shop.class));

    @JsonRpcNamespace("shop")
    public static class Shop {
        @JsonRpc
        public List<String> search(String query, JsonRpcContext context, Optional<Integer> limit,
                @Nullable String category) {
            return List.of();
        }

        @JsonRpc(value = "buy", transports = JsonRpcTransport.HTTP)
        public Uni<Void> purchase(long itemId, int[] quantities, java.lang.@org.jspecify.annotations.Nullable String note) {
            return Uni.createFrom().voidItem();
        }
    }

    @Inject
    JsonRpcMethods methods;

    @Test
    void listsEveryMethod() {
        assertThat(methods.all()).containsExactly(
                new MethodInfo("shop.buy", List.of(new ParamInfo("itemId", "long", true),
                        new ParamInfo("quantities", "int[]", true), new ParamInfo("note", "java.lang.String", false)),
                        "io.smallrye.mutiny.Uni<java.lang.Void>",
                        EnumSet.of(JsonRpcTransport.HTTP), Shop.class.getName(), "purchase", null),
                new MethodInfo("shop.search", List.of(new ParamInfo("query", "java.lang.String", true),
                        new ParamInfo("limit", "java.util.Optional<java.lang.Integer>", false),
                        new ParamInfo("category", "java.lang.String", false)),
                        "java.util.List<java.lang.String>", EnumSet.allOf(JsonRpcTransport.class),
                        Shop.class.getName(), "search", null));
        assertThat(methods.find("shop.buy")).map(MethodInfo::javaMethod).contains("purchase");
        assertThat(methods.find("purchase")).isEmpty();
    }
}
