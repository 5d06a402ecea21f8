package io.quarkiverse.jsonrpc.server.runtime.invocation;

import jakarta.enterprise.invoke.Invoker;

/**
 * The invoker of a method returning a {@code CompletionStage}, given its bean instance here ({@link BeanTarget}) rather than by
 * ArC. ArC's
 * invoker that looks the instance up hands back a stage of its own, completed when the method's is, so that cancelling
 * it (a call that timed out, a connection that closed) left the method's running; this one hands back the method's
 * stage itself, and a {@code @Dependent} instance is destroyed once that stage completes, a cancellation included.
 */
public final class StageMethodTarget implements Invoker<Object, Object> {

    private final Invoker<Object, Object> invoker;
    private final BeanTarget target;

    /** Whether the build makes a method's invoker without instance lookup, for this invoker to give it the instance. */
    public static boolean givesInstance(ResultKind resultKind) {
        return resultKind == ResultKind.COMPLETION_STAGE;
    }

    /** @param invoker the method's invoker, made without instance lookup */
    public StageMethodTarget(Invoker<Object, Object> invoker, String beanId) {
        this.invoker = invoker;
        this.target = new BeanTarget(beanId);
    }

    @Override
    public Object invoke(Object ignored, Object[] args) throws Exception {
        return target.call(instance -> invoker.invoke(instance, args));
    }
}
