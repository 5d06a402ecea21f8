package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.jandex.ClassInfo;

import io.quarkiverse.jsonrpc.common.deployment.ClassHierarchy;
import io.quarkiverse.jsonrpc.common.deployment.KotlinObjects;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;

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
                && ClassHierarchy.extendsInterface(clazz, DotNames.JSON_RPC_FILTER, index),
                "Implements JsonRpcFilter");
    }

    /**
     * A filter declared as a Kotlin {@code object} fails the build: the extension makes no bean of it, so it would
     * never run, and ArC's bean of one with a bean-defining annotation is a second instance, not the object.
     */
    @BuildStep
    void objectFilters(CombinedIndexBuildItem index, BuildProducer<ValidationErrorBuildItem> errors) {
        List<String> problems = new ArrayList<>();
        index.getIndex().getAllKnownImplementations(DotNames.JSON_RPC_FILTER).stream()
                .sorted(Comparator.comparing(ClassInfo::name))
                .forEach(filter -> {
                    String notABean = KotlinObjects.notABean(filter);
                    if (notABean != null) {
                        problems.add("JsonRpcFilter " + filter.name() + " is " + notABean);
                    }
                });
        ValidationErrors.report(problems, errors);
    }
}
