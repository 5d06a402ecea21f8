package io.quarkiverse.jsonrpc.server.kotlin.receivers

import io.quarkiverse.jsonrpc.client.OnJsonRpcNotification
import io.quarkiverse.jsonrpc.client.RegisterJsonRpcClient
import io.quarkiverse.jsonrpc.server.JsonRpc
import jakarta.inject.Singleton

/** The client whose connection carries the notifications. */
@RegisterJsonRpcClient(configKey = "news")
interface NewsClient {
    @JsonRpc
    fun subscribe(): String
}

/** A notification receiver declared in a Kotlin object. */
object Headlines {

    var last = ""

    @OnJsonRpcNotification("headline", client = "news")
    fun headline(text: String) {
        last = text
    }
}

/** A notification receiver declared in a Kotlin object that a bean-defining annotation makes a bean. */
@Singleton
object Bulletins {

    @OnJsonRpcNotification("bulletin", client = "news")
    fun bulletin(text: String) {
    }
}
