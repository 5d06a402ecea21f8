package io.quarkiverse.jsonrpc.client.deployment;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.ArrayList;
import java.util.List;

import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;

import io.quarkiverse.jsonrpc.client.JsonRpcClientException;
import io.quarkiverse.jsonrpc.client.runtime.GeneratedClient;
import io.quarkus.gizmo2.Const;
import io.quarkus.gizmo2.Expr;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.gizmo2.ParamVar;
import io.quarkus.gizmo2.creator.ClassCreator;
import io.quarkus.gizmo2.creator.MethodCreator;
import io.quarkus.gizmo2.desc.ConstructorDesc;
import io.quarkus.gizmo2.desc.InterfaceMethodDesc;
import io.quarkus.gizmo2.desc.MethodDesc;

/**
 * Writes the implementation of a client interface: every method boxes its arguments into an array, passes them with
 * its index to {@code GeneratedClient#invoke}, and casts (or unboxes) what comes back.
 *
 * <pre>
 * public int subtract(int minuend, int subtrahend) {
 *     return ((Integer) invoke(0, new Object[] { minuend, subtrahend })).intValue();
 * }
 * </pre>
 */
final class ClientImplementationGenerator {

    private static final MethodDesc INVOKE = MethodDesc.of(GeneratedClient.class, "invoke", Object.class, int.class,
            Object[].class);

    private ClientImplementationGenerator() {
    }

    static void generate(Gizmo gizmo, ClientInterfaceBuildItem client) {
        ClassDesc self = ClassDesc.of(client.implementationName());
        gizmo.class_(client.implementationName(), cc -> {
            cc.extends_(GeneratedClient.class);
            cc.implements_(ClassDesc.of(client.interfaceName()));
            cc.defaultConstructor();
            cc.method("newInstance", mc -> {
                mc.public_();
                mc.returning(GeneratedClient.class);
                mc.body(b -> b.return_(b.new_(ConstructorDesc.of(self))));
            });
            if (client.exceptionMapper != null) {
                mapError(cc, client);
            }
            for (int index = 0; index < client.methods.size(); index++) {
                MethodInfo method = client.methods.get(index).method();
                int methodIndex = index;
                cc.method(method.name(), mc -> {
                    mc.public_();
                    Type returnType = method.returnType();
                    mc.returning(erasure(returnType));
                    List<ParamVar> params = parameters(mc, method);
                    mc.body(b -> {
                        List<Expr> boxed = new ArrayList<>();
                        for (ParamVar param : params) {
                            boxed.add(param.type().isPrimitive() ? b.box(param) : param);
                        }
                        Expr args = b.newArray(Object.class, boxed);
                        Expr result = b.invokeVirtual(INVOKE, cc.this_(), Const.of(methodIndex), args);
                        if (returnType.kind() == Type.Kind.VOID) {
                            b.return_();
                        } else if (returnType.kind() == Type.Kind.PRIMITIVE) {
                            b.return_(b.unbox(b.cast(result, boxed(returnType.asPrimitiveType()))));
                        } else {
                            b.return_(b.cast(result, erasure(returnType)));
                        }
                    });
                });
            }
        });
    }

    /**
     * {@code protected RuntimeException mapError(JsonRpcClientException error) { return Calc.toException(error); }}: the
     * interface's static mapper, called as written.
     */
    private static void mapError(ClassCreator cc, ClientInterfaceBuildItem client) {
        MethodInfo mapper = client.exceptionMapper;
        MethodDesc interfaceMapper = InterfaceMethodDesc.of(ClassDesc.of(client.interfaceName()), mapper.name(),
                erasure(mapper.returnType()), ClassDesc.of(JsonRpcClientException.class.getName()));
        cc.method("mapError", mc -> {
            mc.protected_();
            mc.returning(RuntimeException.class);
            ParamVar error = mc.parameter("error", JsonRpcClientException.class);
            mc.body(b -> b.return_(b.invokeStatic(interfaceMapper, error)));
        });
    }

    /** The parameters of the method that implements {@code method}: {@code arg0}, {@code arg1}..., each of its erasure. */
    static List<ParamVar> parameters(MethodCreator mc, MethodInfo method) {
        List<ParamVar> params = new ArrayList<>();
        for (int i = 0; i < method.parametersCount(); i++) {
            params.add(mc.parameter("arg" + i, erasure(method.parameterType(i))));
        }
        return params;
    }

    static ClassDesc erasure(Type type) {
        return switch (type.kind()) {
            case VOID -> ConstantDescs.CD_void;
            case PRIMITIVE -> primitive(type.asPrimitiveType());
            case ARRAY -> erasure(type.asArrayType().elementType()).arrayType(type.asArrayType().deepDimensions());
            case TYPE_VARIABLE -> bound(type.asTypeVariable());
            default -> ClassDesc.of(type.name().toString());
        };
    }

    private static ClassDesc bound(TypeVariable variable) {
        return variable.bounds().isEmpty() ? ConstantDescs.CD_Object : erasure(variable.bounds().get(0));
    }

    private static ClassDesc primitive(PrimitiveType type) {
        return switch (type.primitive()) {
            case BOOLEAN -> ConstantDescs.CD_boolean;
            case BYTE -> ConstantDescs.CD_byte;
            case CHAR -> ConstantDescs.CD_char;
            case SHORT -> ConstantDescs.CD_short;
            case INT -> ConstantDescs.CD_int;
            case LONG -> ConstantDescs.CD_long;
            case FLOAT -> ConstantDescs.CD_float;
            case DOUBLE -> ConstantDescs.CD_double;
        };
    }

    private static ClassDesc boxed(PrimitiveType type) {
        return switch (type.primitive()) {
            case BOOLEAN -> ConstantDescs.CD_Boolean;
            case BYTE -> ConstantDescs.CD_Byte;
            case CHAR -> ConstantDescs.CD_Character;
            case SHORT -> ConstantDescs.CD_Short;
            case INT -> ConstantDescs.CD_Integer;
            case LONG -> ConstantDescs.CD_Long;
            case FLOAT -> ConstantDescs.CD_Float;
            case DOUBLE -> ConstantDescs.CD_Double;
        };
    }
}
