package io.quarkiverse.jsonrpc.server.runtime.invocation;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import kotlin.coroutines.CoroutineContext;
import kotlinx.coroutines.CompletableJob;
import kotlinx.coroutines.CoroutineScope;
import kotlinx.coroutines.SupervisorKt;

/**
 * The parent of the coroutines that run Kotlin {@code suspend} methods: they end with the application. A supervisor,
 * so that one failing call fails only itself. A bean only where the application has such methods (and so Kotlin's
 * coroutines library).
 */
@Singleton
public class CoroutineCalls implements CoroutineScope {

    private final CompletableJob job = SupervisorKt.SupervisorJob(null);

    @Override
    public CoroutineContext getCoroutineContext() {
        return job;
    }

    @PreDestroy
    void cancel() {
        job.cancel(null);
    }
}
