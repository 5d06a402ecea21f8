package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.invoke.Invoker;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.InstanceHandle;

/**
 * The invoker of a method returning a {@code CompletionStage}, given its bean instance here rather than by ArC. ArC's
 * invoker that looks the instance up hands back a stage of its own, completed when the method's is, so that cancelling
 * it (a call that timed out, a connection that closed) left the method's running; this one hands back the method's
 * stage itself, and a {@code @Dependent} instance is destroyed once that stage completes, a cancellation included.
 */
public final class StageMethodTarget implements Invoker<Object, Object> {

    private final Invoker<Object, Object> invoker;
    private final InjectableBean<Object> bean;
    private final boolean dependent;

    /** Whether the build makes a method's invoker without instance lookup, for this invoker to give it the instance. */
    public static boolean givesInstance(ResultKind resultKind) {
        return resultKind == ResultKind.COMPLETION_STAGE;
    }

    /** @param invoker the method's invoker, made without instance lookup */
    public StageMethodTarget(Invoker<Object, Object> invoker, String beanId) {
        this.invoker = invoker;
        this.bean = Arc.container().bean(beanId);
        this.dependent = bean.getScope() == Dependent.class;
    }

    @Override
    public Object invoke(Object ignored, Object[] args) throws Exception {
        InstanceHandle<Object> handle = Arc.container().instance(bean);
        Object result;
        try {
            result = invoker.invoke(handle.get(), args);
        } catch (Exception | Error e) {
            if (dependent) {
                handle.destroy();
            }
            throw e;
        }
        if (dependent) {
            if (result instanceof CompletionStage<?> stage) {
                // the stage this makes is left aside: the caller keeps the method's, to cancel it
                stage.whenComplete((value, failure) -> handle.destroy());
            } else {
                handle.destroy();
            }
        }
        return result;
    }
}
