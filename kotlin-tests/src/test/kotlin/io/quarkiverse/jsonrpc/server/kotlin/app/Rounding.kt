package io.quarkiverse.jsonrpc.server.kotlin.app

import io.quarkiverse.jsonrpc.server.JsonRpc
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace
import jakarta.enterprise.context.ApplicationScoped
import java.math.BigDecimal
import java.math.RoundingMode

/** A contract with a default value, which its implementation cannot repeat: the interface's applies. */
@JsonRpcNamespace("rounding")
interface Rounding {
    @JsonRpc
    fun round(value: BigDecimal, scale: Int = 2): BigDecimal
}

@ApplicationScoped
class HalfUpRounding : Rounding {
    override fun round(value: BigDecimal, scale: Int): BigDecimal = value.setScale(scale, RoundingMode.HALF_UP)
}

/** A contract without @JsonRpc, whose default value its implementation's served function inherits. */
interface Truncating {
    fun truncate(value: BigDecimal, scale: Int = 0): BigDecimal
}

@ApplicationScoped
@JsonRpcNamespace("truncating")
class DownRounding : Truncating {
    @JsonRpc
    override fun truncate(value: BigDecimal, scale: Int): BigDecimal = value.setScale(scale, RoundingMode.DOWN)
}
