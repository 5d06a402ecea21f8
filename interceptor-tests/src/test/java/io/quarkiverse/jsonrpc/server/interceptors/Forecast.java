package io.quarkiverse.jsonrpc.server.interceptors;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.quarkiverse.jsonrpc.server.JsonRpc;

/** Methods of an unreliable weather service, made reliable by SmallRye Fault Tolerance. */
@ApplicationScoped
public class Forecast {

    /** How many times {@link #today()} has been entered. */
    static final AtomicInteger attempts = new AtomicInteger();

    /** Fails twice, then answers: the retries are the interceptor's, the client sees one call. */
    @JsonRpc
    @Retry(maxRetries = 3, delay = 0)
    public String today() {
        if (attempts.incrementAndGet() < 3) {
            throw new IllegalStateException("The weather station did not answer");
        }
        return "sunny";
    }

    @JsonRpc
    @Fallback(fallbackMethod = "lastKnown")
    public String tomorrow(String city) {
        throw new IllegalStateException("No forecast for " + city);
    }

    /** Never answers by itself: Fault Tolerance's timeout ends it, and the client gets -32004. */
    @JsonRpc
    @Timeout(100)
    public String nextWeek() throws InterruptedException {
        new CountDownLatch(1).await();
        return "unknown";
    }

    String lastKnown(String city) {
        return "cloudy in " + city + ", as yesterday";
    }
}
