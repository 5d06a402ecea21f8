package io.quarkiverse.jsonrpc.server.testing;

/** The test client's own threads: daemons, so that a test that forgets to close a client does not keep the JVM up. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A daemon thread, not started. */
    static Thread of(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
