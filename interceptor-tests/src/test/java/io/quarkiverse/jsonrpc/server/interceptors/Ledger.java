package io.quarkiverse.jsonrpc.server.interceptors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcException;

/**
 * Transactional methods that say how their transaction ended: each registers a synchronization that records the
 * outcome, which the transaction manager calls once the transaction has committed or rolled back.
 */
public class Ledger {

    /** How each transaction ended, in order: "committed" or "rolled back", with the entry it carried. */
    static final List<String> outcomes = new CopyOnWriteArrayList<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Whether the method itself ran inside a transaction. */
    @JsonRpc
    @Transactional
    public boolean record(String entry) {
        recordOutcome(entry);
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    @JsonRpc
    @Transactional
    public boolean overdraw(String entry) {
        recordOutcome(entry);
        throw new JsonRpcException(-32010, "Not enough funds for " + entry);
    }

    @JsonRpc
    public boolean untracked() {
        return transactions.getTransactionKey() != null;
    }

    private void recordOutcome(String entry) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                outcomes.add((status == Status.STATUS_COMMITTED ? "committed " : "rolled back ") + entry);
            }
        });
    }
}
