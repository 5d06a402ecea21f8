package io.quarkiverse.jsonrpc.server.runtime.invocation;

import jakarta.enterprise.invoke.Invoker;

import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkus.runtime.RuntimeValue;

/**
 * The invoker of a Kotlin function with default values. The engine gives an omitted param as
 * {@link RpcParam#OMITTED}; a call without one goes through the function's own invoker, a call with one through
 * {@link DefaultArgumentsCaller}, on the bean instance looked up here as that invoker would (a {@code @Dependent} one
 * destroyed once the result is complete), its result adapted as the invoker would: a suspend function run as a
 * coroutine, a {@code Flow} made a {@code Multi}.
 */
public final class DefaultArguments implements Invoker<Object, Object> {

    /** How a function delivers its result. */
    public enum Call {
        /** Returns it, as a Java method does. */
        PLAIN,
        /** A {@code suspend} function. */
        SUSPEND,
        /** Returns a {@code Flow}. */
        FLOW
    }

    /**
     * What the build found for a function with default values.
     *
     * @param caller the generated caller of its {@code $default} method
     * @param beanId the identifier of its bean
     */
    public record Recorded(RuntimeValue<DefaultArgumentsCaller> caller, String beanId, Call call) {
    }

    private final Invoker<Object, Object> invoker;
    private final DefaultArgumentsCaller caller;
    private final BeanTarget target;
    private final Call call;

    /** @param invoker the function's own invoker, for the calls that give every param */
    public DefaultArguments(Invoker<Object, Object> invoker, Recorded recorded) {
        this.invoker = invoker;
        this.caller = recorded.caller().getValue();
        this.target = new BeanTarget(recorded.beanId());
        this.call = recorded.call();
    }

    @Override
    public Object invoke(Object ignored, Object[] args) throws Exception {
        int mask = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i] == RpcParam.OMITTED) {
                mask |= 1 << i;
                args[i] = null;
            }
        }
        return mask == 0 ? invoker.invoke(null, args) : callWithDefaults(args, mask);
    }

    private Object callWithDefaults(Object[] args, int mask) throws Exception {
        return target.call(instance -> switch (call) {
            case PLAIN -> caller.call(instance, args, mask);
            // the continuation is added last to the args, which the caller passes on
            case SUSPEND -> KotlinCoroutines.inCoroutine(instance, args,
                    (bean, withContinuation) -> caller.call(bean, withContinuation, mask));
            case FLOW -> KotlinCoroutines.toMulti(caller.call(instance, args, mask));
        });
    }

    /** For the generated callers: an omitted primitive param is given to {@code $default} as zero. */
    public static Object orZero(Object arg, Object zero) {
        return arg == null ? zero : arg;
    }
}
