package io.quarkiverse.jsonrpc.server.test.endpoints;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcEndpoint;
import io.quarkiverse.jsonrpc.server.JsonRpcNamespace;

/** Methods at the configured paths and at three endpoints, for the tests of this package. */
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
}
