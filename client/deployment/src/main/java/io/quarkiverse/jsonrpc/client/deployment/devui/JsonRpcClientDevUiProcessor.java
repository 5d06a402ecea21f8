package io.quarkiverse.jsonrpc.client.deployment.devui;

import io.quarkiverse.jsonrpc.client.runtime.devui.JsonRpcClientDevUiService;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;

/** The JSON-RPC Client card of the Dev UI: every client, its URL and transport, read from the running application. */
public class JsonRpcClientDevUiProcessor {

    @BuildStep(onlyIf = IsDevelopment.class)
    CardPageBuildItem card() {
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder()
                .title("Clients")
                .icon("font-awesome-solid:plug")
                .componentLink("qwc-jsonrpc-client-clients.js"));
        return card;
    }

    @BuildStep(onlyIf = IsDevelopment.class)
    JsonRPCProvidersBuildItem service() {
        return new JsonRPCProvidersBuildItem(JsonRpcClientDevUiService.class);
    }

    @BuildStep(onlyIf = IsDevelopment.class)
    AdditionalBeanBuildItem serviceBean() {
        return AdditionalBeanBuildItem.unremovableOf(JsonRpcClientDevUiService.class);
    }
}
