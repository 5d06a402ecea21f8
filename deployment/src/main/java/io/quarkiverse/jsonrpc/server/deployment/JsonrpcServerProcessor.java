package io.quarkiverse.jsonrpc.server.deployment;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;

class JsonrpcServerProcessor {

    private static final String FEATURE = "jsonrpc-server";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }
}
