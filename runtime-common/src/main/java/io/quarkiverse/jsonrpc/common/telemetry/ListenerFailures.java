package io.quarkiverse.jsonrpc.common.telemetry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * The log of the failures of call listeners (the server's and the client's): a listener that throws costs its call
 * nothing but its own observation. The first failure of a listener's class in one of its methods is logged at ERROR
 * with its stack trace, the same again at DEBUG: a listener failing at every call must not flood the log.
 */
public final class ListenerFailures {

    private static final int MAX_LOGGED_KINDS = 1_000;
    private static final Set<String> loggedKinds = ConcurrentHashMap.newKeySet();

    private ListenerFailures() {
    }

    /**
     * @param log the logger of the class that told the listener
     * @param what the listener's method that failed
     * @param method the JSON-RPC method of the call
     */
    public static void failed(Logger log, Object listener, String what, String method, Throwable e) {
        String kind = listener.getClass().getName() + '#' + what;
        if (loggedKinds.size() < MAX_LOGGED_KINDS && loggedKinds.add(kind)) {
            log.errorf(e, "The call listener %s failed in %s, of a call of %s; the call goes on without it (its"
                    + " further failures are logged at DEBUG)", listener.getClass().getName(), what, method);
        } else {
            log.debugf(e, "The call listener %s failed in %s, of a call of %s", listener.getClass().getName(), what,
                    method);
        }
    }
}
