package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import kotlinx.coroutines.delay

/**
 * A contract in Kotlin, served by the class that implements it. Its abstract method has no code, so kotlinc records
 * no parameter names for it: params bind by the names of the implementation.
 */
@JsonRpcNamespace("clock")
interface Clock {

    @JsonRpc
    suspend fun time(hours: Int, minutes: Int): String
}

class ClockService : Clock {

    override suspend fun time(hours: Int, minutes: Int): String {
        delay(1)
        return "%02d:%02d".format(hours, minutes)
    }
}
