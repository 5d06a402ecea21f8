package io.quarkiverse.jsonrpc.server.deployment;

import java.util.List;

import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/** A valid {@code @JsonRpcExceptionMapper} method of a bean, global or local to it, with its invoker. */
final class ExceptionMapperBuildItem extends MultiBuildItem {

    final BeanInfo bean;
    final MethodInfo method;
    final List<DotName> exceptionTypes;
    /** Whether it serves only the {@code @JsonRpc} methods of its bean. */
    final boolean local;
    final int exceptionParam;
    final boolean uni;
    /** Whether it is a Kotlin suspend function, whose invoker is given its instance. */
    final boolean suspend;
    final InvokerInfo invoker;

    ExceptionMapperBuildItem(BeanInfo bean, MethodInfo method, ExceptionMapperInspector.Inspection inspection,
            boolean local, InvokerInfo invoker) {
        this.bean = bean;
        this.method = method;
        this.exceptionTypes = inspection.exceptionTypes();
        this.local = local;
        this.exceptionParam = inspection.exceptionParam();
        this.uni = inspection.uni();
        this.suspend = inspection.suspend();
        this.invoker = invoker;
    }
}
