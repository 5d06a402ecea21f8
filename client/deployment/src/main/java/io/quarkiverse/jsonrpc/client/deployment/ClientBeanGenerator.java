package io.quarkiverse.jsonrpc.client.deployment;

import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.quarkiverse.jsonrpc.client.JsonRpcClient;
import io.quarkiverse.jsonrpc.client.runtime.ClientBean;
import io.quarkiverse.jsonrpc.client.runtime.GeneratedClient;
import io.quarkus.gizmo2.Const;
import io.quarkus.gizmo2.Expr;
import io.quarkus.gizmo2.Gizmo;
import io.quarkus.gizmo2.ParamVar;
import io.quarkus.gizmo2.desc.ConstructorDesc;
import io.quarkus.gizmo2.desc.FieldDesc;
import io.quarkus.gizmo2.desc.InterfaceMethodDesc;
import io.quarkus.gizmo2.desc.MethodDesc;

/**
 * Writes the bean of a client interface whose type or methods carry annotations for interceptors (see
 * {@link CopiedAnnotations}): a singleton of the interface's type alone, qualified {@code @JsonRpcClient}, each
 * method carrying the interface method's annotations and calling the configured client.
 *
 * <pre>
 * &#64;Singleton
 * &#64;JsonRpcClient
 * &#64;Typed(Calc.class)
 * public class Calc$$JsonRpcClientBean extends ClientBean implements Calc {
 *     public Calc$$JsonRpcClientBean() {
 *         super("org.acme.Calc");
 *     }
 *
 *     &#64;Retry(maxRetries = 2)
 *     public int subtract(int minuend, int subtrahend) {
 *         return ((Calc) client).subtract(minuend, subtrahend);
 *     }
 * }
 * </pre>
 */
final class ClientBeanGenerator {

    private static final ConstructorDesc SUPER = ConstructorDesc.of(ClientBean.class, String.class);
    private static final FieldDesc CLIENT = FieldDesc.of(ClassDesc.of(ClientBean.class.getName()), "client",
            ClassDesc.of(GeneratedClient.class.getName()));

    private ClientBeanGenerator() {
    }

    static void generate(Gizmo gizmo, ClientInterfaceBuildItem client) {
        ClassDesc clientInterface = ClassDesc.of(client.interfaceName());
        gizmo.class_(client.beanName(), cc -> {
            cc.extends_(ClientBean.class);
            cc.implements_(clientInterface);
            cc.addAnnotation(Singleton.class);
            cc.addAnnotation(JsonRpcClient.class);
            // the interface's type alone, as the client is injected where the bean is not needed
            cc.addAnnotation(Typed.class, typed -> typed.addArray("value", new ClassDesc[] { clientInterface }));
            CopiedAnnotations.addTo(cc, CopiedAnnotations.of(client.clientInterface));
            cc.constructor(mc -> {
                mc.public_();
                mc.body(b -> {
                    b.invokeSpecial(SUPER, cc.this_(), Const.of(client.interfaceName()));
                    b.return_();
                });
            });
            for (ClientInterfaceBuildItem.ClientMethod clientMethod : client.methods) {
                MethodInfo method = clientMethod.method();
                cc.method(method.name(), mc -> {
                    mc.public_();
                    CopiedAnnotations.addTo(mc, CopiedAnnotations.of(method));
                    ClassDesc returnType = ClientImplementationGenerator.erasure(method.returnType());
                    mc.returning(returnType);
                    List<ParamVar> params = ClientImplementationGenerator.parameters(mc, method);
                    MethodDesc call = InterfaceMethodDesc.of(clientInterface, method.name(), returnType,
                            params.stream().map(ParamVar::type).toArray(ClassDesc[]::new));
                    mc.body(b -> {
                        Expr target = b.cast(cc.this_().field(CLIENT), clientInterface);
                        Expr result = b.invokeInterface(call, target, new ArrayList<Expr>(params));
                        if (method.returnType().kind() == Type.Kind.VOID) {
                            b.return_();
                        } else {
                            b.return_(result);
                        }
                    });
                });
            }
        });
    }
}
