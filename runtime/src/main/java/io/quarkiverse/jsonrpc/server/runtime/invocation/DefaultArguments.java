package io.quarkiverse.jsonrpc.server.runtime.invocation;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.invoke.Invoker;

import io.quarkiverse.jsonrpc.server.runtime.engine.RpcParam;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.RuntimeValue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

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
    private final InjectableBean<Object> bean;
    private final boolean dependent;
    private final Call call;

    /** @param invoker the function's own invoker, for the calls that give every param */
    public DefaultArguments(Invoker<Object, Object> invoker, Recorded recorded) {
        this.invoker = invoker;
        this.caller = recorded.caller().getValue();
        this.bean = Arc.container().bean(recorded.beanId());
        this.dependent = bean.getScope() == Dependent.class;
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
        InstanceHandle<Object> handle = Arc.container().instance(bean);
        Object result;
        try {
            Object instance = handle.get();
            result = switch (call) {
                case PLAIN -> caller.call(instance, args, mask);
                // the continuation is added last to the args, which the caller passes on
                case SUSPEND -> KotlinCoroutines.inCoroutine(instance, args,
                        (target, withContinuation) -> caller.call(target, withContinuation, mask));
                case FLOW -> KotlinCoroutines.toMulti(caller.call(instance, args, mask));
            };
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

    /** For the generated callers: an omitted primitive param is given to {@code $default} as zero. */
    public static Object orZero(Object arg, Object zero) {
        return arg == null ? zero : arg;
    }
}
