package io.quarkiverse.jsonrpc.server.it;

import java.time.InstantSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The time the application reads: a bean, so that tests can set it. */
public class Clocks {

    @Produces
    @ApplicationScoped
    InstantSource clock() {
        return InstantSource.system();
    }
}
