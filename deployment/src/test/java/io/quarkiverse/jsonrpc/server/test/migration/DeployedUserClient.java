package io.quarkiverse.jsonrpc.server.test.migration;

import java.util.List;

import com.googlecode.jsonrpc4j.JsonRpcMethod;
import com.googlecode.jsonrpc4j.JsonRpcParam;

/** The service's interface as the clients already deployed have it, with jsonrpc4j's annotations. */
public interface DeployedUserClient {

    @JsonRpcMethod("user.get")
    User get(long id) throws UserNotFoundException;

    @JsonRpcMethod("user.find")
    List<User> find(@JsonRpcParam("name_like") String nameLike);

    @JsonRpcMethod("user.fail")
    void fail();
}
