package io.quarkiverse.jsonrpc.client.deployment;

import java.lang.reflect.Modifier;
import java.util.List;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkiverse.jsonrpc.common.deployment.KotlinObjects;

/**
 * The class a client's {@code @RegisterJsonRpcClient(headers = ...)} names: one the container can make, as the
 * extension makes it a bean.
 */
final class ClientHeadersClasses {

    private ClientHeadersClasses() {
    }

    /** The class of {@code headers}, if given and one the container can make; {@code null} otherwise. */
    static DotName of(AnnotationInstance annotation, ClassInfo type, IndexView index, List<String> problems) {
        AnnotationValue value = annotation.value("headers");
        if (value == null || value.asClass().name().equals(ClientDotNames.JSON_RPC_CLIENT_HEADERS)) {
            return null;
        }
        DotName name = value.asClass().name();
        // a class of a library without an index is indexed as it becomes a bean
        ClassInfo headers = index.getClassByName(name);
        if (headers != null && (headers.isInterface() || Modifier.isAbstract(headers.flags()))) {
            problems.add(named(name, type) + " names an interface or an abstract class: name a class that implements"
                    + " JsonRpcClientHeaders, which the extension makes a bean");
            return null;
        }
        String kotlinObject = headers == null ? null : KotlinObjects.notABean(headers);
        if (kotlinObject != null) {
            // ArC's bean of it, whose headers() the client calls, would be a second instance, not the object
            problems.add(named(name, type) + " names " + name + ", " + kotlinObject);
            return null;
        }
        return name;
    }

    /** As the source writes it: {@code Outer.Tokens}, not the binary {@code Outer$Tokens}. */
    private static String named(DotName headers, ClassInfo type) {
        return "@RegisterJsonRpcClient(headers = " + headers.withoutPackagePrefix().replace('$', '.') + ".class) of "
                + type.name();
    }
}
