package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.Dependent;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The bean a method is called on, where the extension looks up its instance rather than ArC's invoker: as that invoker
 * would, it looks one up for each call, and destroys a {@code @Dependent} one once the call's result is complete.
 */
final class BeanTarget {

    /** What is called on the instance. */
    @FunctionalInterface
    interface Call {
        Object on(Object instance) throws Exception;
    }

    private final InjectableBean<Object> bean;
    private final boolean dependent;

    BeanTarget(String beanId) {
        this.bean = Arc.container().bean(beanId);
        this.dependent = bean.getScope() == Dependent.class;
    }

    Object call(Call call) throws Exception {
        InstanceHandle<Object> handle = Arc.container().instance(bean);
        Object result;
        try {
            result = call.on(handle.get());
        } catch (Exception | Error e) {
            if (dependent) {
                handle.destroy();
            }
            throw e;
        }
        return dependent ? destroyWhenComplete(result, handle) : result;
    }

    private static Object destroyWhenComplete(Object result, InstanceHandle<Object> handle) {
        if (result instanceof OutlivesCancellation work) {
            // a cancelled coroutine still runs its finally blocks on the instance
            work.whenOver(handle::destroy);
            return result;
        }
        if (result instanceof Uni<?> uni) {
            return uni.onTermination().invoke(handle::destroy);
        }
        if (result instanceof Multi<?> multi) {
            return multi.onTermination().invoke(handle::destroy);
        }
        if (result instanceof CompletionStage<?> stage) {
            // the stage this makes is left aside: the caller keeps the method's, to cancel it
            stage.whenComplete((value, failure) -> handle.destroy());
            return stage;
        }
        handle.destroy();
        return result;
    }
}
