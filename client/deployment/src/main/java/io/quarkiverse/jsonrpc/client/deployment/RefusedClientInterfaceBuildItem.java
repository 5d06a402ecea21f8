package io.quarkiverse.jsonrpc.client.deployment;

import org.jboss.jandex.DotName;

import io.quarkus.builder.item.MultiBuildItem;

/**
 * A {@code @RegisterJsonRpcClient} interface the build refused, for problems it reports. It is still made a bean, so
 * that a bean injecting it does not hide those problems behind an unsatisfied dependency, which ArC would report
 * first and alone.
 */
final class RefusedClientInterfaceBuildItem extends MultiBuildItem {

    final DotName clientInterface;

    RefusedClientInterfaceBuildItem(DotName clientInterface) {
        this.clientInterface = clientInterface;
    }
}
