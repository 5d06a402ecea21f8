package io.quarkiverse.jsonrpc.server.deployment;

import java.util.function.BiPredicate;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.processor.BuiltinScope;

/**
 * The classes the extension makes beans without a bean-defining annotation (those with {@code @JsonRpc} methods,
 * hooks, exception mappers, filters): {@code @Singleton}, and kept, as nothing injects them. Not a class ArC would
 * refuse as the bean (see {@link BeanMethods#canBecomeBean}), whose methods the build reports instead.
 */
final class ImplicitBeans {

    private ImplicitBeans() {
    }

    /**
     * @param has whether a class has what makes it a bean
     * @param reason what ArC's log says of it
     */
    static AutoAddScopeBuildItem singletons(BiPredicate<ClassInfo, IndexView> has, String reason) {
        return AutoAddScopeBuildItem.builder()
                .match((clazz, annotations, index) -> BeanMethods.canBecomeBean(clazz) && has.test(clazz, index))
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason(reason)
                .build();
    }
}
