package io.quarkiverse.jsonrpc.server.deployment;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.KotlinDefaultValues;
import io.quarkiverse.jsonrpc.server.runtime.invocation.DefaultArguments;
import io.quarkiverse.jsonrpc.server.runtime.invocation.DefaultArgumentsCaller;
import io.quarkus.gizmo2.Const;
import io.quarkus.gizmo2.Expr;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.gizmo2.ParamVar;
import io.quarkus.gizmo2.desc.ClassMethodDesc;
import io.quarkus.gizmo2.desc.InterfaceMethodDesc;
import io.quarkus.gizmo2.desc.MethodDesc;

/**
 * Writes the {@link DefaultArgumentsCaller} of a Kotlin function with default values: it calls the function's
 * {@code $default} method, which Java source could not, with the arguments cast (an omitted primitive as zero).
 *
 * <pre>
 * public Object call(Object instance, Object[] args, int mask) {
 *     return Greetings.introduce$default((Greetings) instance, (String) args[0], (String) args[1],
 *             ((Integer) DefaultArguments.orZero(args[2], Integer.valueOf(0))).intValue(), mask, null);
 * }
 * </pre>
 */
final class DefaultArgumentsCallerGenerator {

    private static final MethodDesc OR_ZERO = MethodDesc.of(DefaultArguments.class, "orZero", Object.class,
            Object.class, Object.class);

    private DefaultArgumentsCallerGenerator() {
    }

    /** The name of the class written for a function: beside its {@code $default} method. */
    static String className(KotlinDefaultValues.Found found) {
        MethodInfo defaults = found.method();
        return defaults.declaringClass().name() + "_JsonRpcDefaults_" + defaults.name().replace('$', '_') + "_"
                + Integer.toHexString(defaults.descriptor().hashCode());
    }

    static void generate(Gizmo gizmo, KotlinDefaultValues.Found found) {
        MethodInfo defaults = found.method();
        MethodTypeDesc type = MethodTypeDesc.ofDescriptor(defaults.descriptor());
        // owner, the function's params (a suspend function's continuation last), the mask and the marker
        int count = type.parameterCount() - 3;
        String name = className(found);
        ClassDesc owner = ClassDesc.of(defaults.declaringClass().name().toString());
        // an interface's function's is a static method of the interface
        MethodDesc target = defaults.declaringClass().isInterface()
                ? InterfaceMethodDesc.of(owner, defaults.name(), type)
                : ClassMethodDesc.of(owner, defaults.name(), type);
        gizmo.class_(name, cc -> {
            cc.final_();
            cc.implements_(DefaultArgumentsCaller.class);
            cc.defaultConstructor();
            cc.method("call", mc -> {
                mc.public_();
                mc.returning(Object.class);
                ParamVar instance = mc.parameter("instance", Object.class);
                ParamVar args = mc.parameter("args", Object[].class);
                ParamVar mask = mc.parameter("mask", int.class);
                mc.body(b -> {
                    List<Expr> call = new ArrayList<>();
                    call.add(b.cast(instance, type.parameterType(0)));
                    for (int i = 0; i < count; i++) {
                        ClassDesc param = type.parameterType(i + 1);
                        Expr arg = args.elem(i);
                        call.add(param.isPrimitive()
                                ? b.unbox(b.cast(b.invokeStatic(OR_ZERO, arg, b.box(Const.ofDefault(param))),
                                        boxed(param)))
                                : b.cast(arg, param));
                    }
                    call.add(mask);
                    call.add(Const.ofNull(Object.class));
                    Expr result = b.invokeStatic(target, call);
                    ClassDesc returned = type.returnType();
                    if (returned.equals(ConstantDescs.CD_void)) {
                        b.return_(Const.ofNull(Object.class));
                    } else {
                        b.return_(returned.isPrimitive() ? b.box(result) : result);
                    }
                });
            });
        });
    }

    private static ClassDesc boxed(ClassDesc primitive) {
        return switch (primitive.descriptorString()) {
            case "Z" -> ConstantDescs.CD_Boolean;
            case "B" -> ConstantDescs.CD_Byte;
            case "C" -> ConstantDescs.CD_Character;
            case "S" -> ConstantDescs.CD_Short;
            case "I" -> ConstantDescs.CD_Integer;
            case "J" -> ConstantDescs.CD_Long;
            case "F" -> ConstantDescs.CD_Float;
            default -> ConstantDescs.CD_Double;
        };
    }
}
