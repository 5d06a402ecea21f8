package io.quarkiverse.jsonrpc.server.kotlin.objectfilters

import io.quarkiverse.jsonrpc.server.spi.JsonRpcFilter
import jakarta.inject.Singleton

/** A filter declared as a Kotlin object: the extension makes no bean of it, so it would never run. */
object Gate : JsonRpcFilter

/** A filter declared as a Kotlin object that a bean-defining annotation makes a bean: ArC's instance is not `Guard`. */
@Singleton
object Guard : JsonRpcFilter
