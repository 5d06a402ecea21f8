package io.quarkiverse.jsonrpc.server.test.migration;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;

/**
 * A jsonrpc4j service interface moved as the jsonrpc4j migration guide says: {@code @JsonRpcService} became
 * {@code @JsonRpcEndpoint}, {@code @JsonRpcMethod} became {@code @JsonRpc}, {@code @JsonRpcParam} became
 * {@code @JsonProperty}.
 */
@JsonRpcEndpoint("/UserService.json")
public interface UserService {

    @JsonRpc("user.get")
    User get(long id) throws UserNotFoundException;

    @JsonRpc("user.find")
    List<User> find(@JsonProperty("name_like") String nameLike);

    @JsonRpc("user.tagged")
    List<String> tagged(List<String> tags);

    @JsonRpc("user.credit")
    BigDecimal credit(BigDecimal amount);

    @JsonRpc("user.fail")
    void fail();
}
