package io.quarkiverse.jsonrpc.server.test.endpoints;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;

/** Methods at the configured paths and at five endpoints, for the tests of this package. */
public final class Endpoints {

    private Endpoints() {
    }

    /** At the configured paths. */
    public static class Public {

        @JsonRpc
        public String ping() {
            return "public";
        }
    }

    @JsonRpcEndpoint("/admin")
    public static class Admin {

        @JsonRpc
        public String ping() {
            return "admin";
        }

        @JsonRpc
        public String restart(String service) {
            return service + " restarted";
        }
    }

    /** Another class at the same endpoint, in a namespace; the path as written in a property. */
    @JsonRpcEndpoint("admin/")
    @JsonRpcNamespace("users")
    public static class AdminUsers {

        @JsonRpc
        public int count() {
            return 3;
        }
    }

    /** A subclass is served where its superclass's annotation says. */
    public static class AuditedAdmin extends AdminBase {

        @JsonRpc
        public String audit() {
            return "audited";
        }
    }

    @JsonRpcEndpoint("/audit")
    public abstract static class AdminBase {
    }

    /** On an interface: its methods, implemented by a class without the annotation. */
    @JsonRpcEndpoint("/greetings")
    public interface Greeter {

        @JsonRpc
        String hello(String name);
    }

    public static class EnglishGreeter implements Greeter {

        @Override
        public String hello(String name) {
            return "Hello, " + name;
        }
    }

    /**
     * A service interface as jsonrpc4j's are, whose implementation carries {@code @JsonRpc}: the interface's endpoint
     * and namespace apply, whether or not its method has {@code @JsonRpc} too.
     */
    @JsonRpcEndpoint("/users")
    @JsonRpcNamespace("users")
    public interface Users {

        /** Its param's name here is not the served one: the implementation's @JsonRpc method names it. */
        String find(@JsonProperty("user_name") String name);

        @JsonRpc
        int count();
    }

    public static class UserService implements Users {

        @JsonRpc
        @Override
        public String find(String name) {
            return "found " + name;
        }

        @JsonRpc("total")
        @Override
        public int count() {
            return 3;
        }
    }
}
