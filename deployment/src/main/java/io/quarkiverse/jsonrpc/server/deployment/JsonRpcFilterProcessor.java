package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;

import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.deployment.annotations.BuildStep;

/** The application's {@code JsonRpcFilter}s, which the runtime finds as beans. */
class JsonRpcFilterProcessor {

    /**
     * A class implementing {@code JsonRpcFilter} is a bean even without a bean-defining annotation, as a class with
     * {@code @JsonRpc} methods is: a filter that checks tenants or limits calls must not be left out without a word
     * for want of {@code @Singleton}.
     */
    @BuildStep
    AutoAddScopeBuildItem filtersAreBeans() {
        return ImplicitBeans.singletons((clazz, index) -> !Modifier.isAbstract(clazz.flags())
                && ServedMethods.interfaces(clazz, index).stream()
                        .anyMatch(contract -> contract.name().equals(DotNames.JSON_RPC_FILTER)),
                "Implements JsonRpcFilter");
    }
}
