package io.quarkiverse.jsonrpc.server.kotlin.session

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.enterprise.context.SessionScoped
import java.util.concurrent.CopyOnWriteArrayList
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.withContext

/** The items of one WebSocket connection. */
@SessionScoped
open class Cart {
    private val items = CopyOnWriteArrayList<String>()

    open fun add(item: String): Int {
        items.add(item)
        return items.size
    }

    open fun items(): List<String> = items.toList()
}

/** Reaches the connection's cart after suspension points, on the event loop and on another dispatcher. */
@JsonRpcNamespace("shop")
class Shop(private val cart: Cart) {

    @JsonRpc
    suspend fun add(item: String): Int {
        delay(1)
        return withContext(Dispatchers.IO) { cart.add(item) }
    }

    @JsonRpc
    suspend fun items(): List<String> {
        delay(1)
        return cart.items()
    }
}
