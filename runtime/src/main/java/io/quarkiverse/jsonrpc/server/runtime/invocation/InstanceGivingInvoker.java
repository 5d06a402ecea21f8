package io.quarkiverse.jsonrpc.server.runtime.invocation;

import jakarta.enterprise.invoke.Invoker;

import io.quarkus.runtime.RuntimeValue;

/**
 * The invoker of a method whose end ArC's instance lookup does not see, given its bean instance here
 * ({@link BeanTarget}) rather than by ArC, which destroys a {@code @Dependent} instance once the call's result is
 * complete:
 * <ul>
 * <li>a method returning a {@code CompletionStage}: ArC's invoker hands back a stage of its own, completed when the
 * method's is, so that cancelling it (a call that timed out, a connection that closed) left the method's running; this
 * one hands back the method's stage itself;</li>
 * <li>a Kotlin {@code suspend} function or one returning a {@code Flow}: ArC takes it for a synchronous method (its
 * JVM result is an {@code Object}, or the cold flow) and destroyed the instance as the coroutine first suspended, or
 * before the flow was collected; here it is destroyed once the coroutine is over or the stream has ended.</li>
 * </ul>
 */
public final class InstanceGivingInvoker implements Invoker<Object, Object> {

    private final Invoker<Object, Object> invoker;
    private final BeanTarget target;

    /** @param invoker the method's invoker, made without instance lookup */
    private InstanceGivingInvoker(Invoker<Object, Object> invoker, String beanId) {
        this.invoker = invoker;
        this.target = new BeanTarget(beanId);
    }

    /**
     * What calls a recorded method, hook or mapper on its bean: its invoker, given the instance here where the build
     * made it without instance lookup.
     */
    public static Invoker<Object, Object> of(RuntimeValue<Invoker<Object, Object>> invoker, boolean instanceGiven,
            String beanId) {
        return instanceGiven ? new InstanceGivingInvoker(invoker.getValue(), beanId) : invoker.getValue();
    }

    @Override
    public Object invoke(Object ignored, Object[] args) throws Exception {
        return target.call(instance -> invoker.invoke(instance, args));
    }
}
