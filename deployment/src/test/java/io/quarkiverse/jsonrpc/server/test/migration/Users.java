package io.quarkiverse.jsonrpc.server.test.migration;

import java.math.BigDecimal;
import java.util.List;

/** The implementation, without a bean-defining annotation, as a jsonrpc4j service's implementation has none. */
public class Users implements UserService {

    private static final List<User> USERS = List.of(new User(1, "Ada"), new User(2, "Alan"), new User(3, "Grace"));

    @Override
    public User get(long id) {
        return USERS.stream().filter(u -> u.id() == id).findFirst().orElseThrow(() -> new UserNotFoundException(id));
    }

    @Override
    public List<User> find(String nameLike) {
        return USERS.stream().filter(u -> u.name().startsWith(nameLike)).toList();
    }

    @Override
    public List<String> tagged(List<String> tags) {
        return tags;
    }

    @Override
    public BigDecimal credit(BigDecimal amount) {
        return amount;
    }

    @Override
    public void fail() {
        throw new IllegalStateException("the user store is down");
    }
}
