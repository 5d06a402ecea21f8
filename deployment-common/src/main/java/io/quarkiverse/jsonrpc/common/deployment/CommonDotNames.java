package io.quarkiverse.jsonrpc.common.deployment;

import org.jboss.jandex.DotName;

/**
 * The Jandex names the server's and the client's builds read alike. By name: Jackson and Kotlin are the application's
 * libraries, which this module does not depend on.
 */
final class CommonDotNames {

    static final DotName OBJECT = DotName.createSimple(Object.class);
    static final DotName VOID = DotName.createSimple(Void.class);

    static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    static final DotName JSON_FORMAT = DotName.createSimple("com.fasterxml.jackson.annotation.JsonFormat");
    static final DotName JSON_DESERIALIZE = DotName
            .createSimple("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
    static final DotName JSON_SERIALIZE = DotName.createSimple("com.fasterxml.jackson.databind.annotation.JsonSerialize");

    static final DotName KOTLIN_METADATA = DotName.createSimple("kotlin.Metadata");

    private CommonDotNames() {
    }
}
