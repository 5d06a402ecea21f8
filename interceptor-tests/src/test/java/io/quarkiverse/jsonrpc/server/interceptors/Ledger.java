package io.quarkiverse.jsonrpc.server.interceptors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkiverse.jsonrpc.server.JsonRpc;
import io.quarkiverse.jsonrpc.server.JsonRpcError;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.JsonRpcExceptionMapper;

/**
 * Transactional methods that say how their transaction ended: each registers a synchronization that records the
 * outcome, which the transaction manager calls once the transaction has committed or rolled back.
 */
public class Ledger {

    /** How each transaction ended, in order: "committed" or "rolled back", with the entry it carried. */
    static final List<String> outcomes = new CopyOnWriteArrayList<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    TransactionManager transactionManager;

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

    /** Fails as it commits, as a flush the database refuses does: the error is the one its exception declares. */
    @JsonRpc
    @Transactional
    public boolean duplicate(String entry) {
        recordOutcome(entry);
        failAtCommit(new DuplicateEntry());
        return true;
    }

    /** Fails as it commits, with an exception the mapper below maps. */
    @JsonRpc
    @Transactional
    public boolean stale(String entry) {
        recordOutcome(entry);
        failAtCommit(new StaleEntry(entry));
        return true;
    }

    @JsonRpcExceptionMapper
    JsonRpcException stale(StaleEntry e) {
        return new JsonRpcException(2002, "Stale entry: " + e.getMessage());
    }

    @JsonRpc
    public boolean untracked() {
        return transactions.getTransactionKey() != null;
    }

    /**
     * Throws before the transaction completes, as Hibernate's flush does when the database refuses it: the commit fails,
     * and the transaction rolls back.
     */
    private void failAtCommit(RuntimeException failure) {
        try {
            transactionManager.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    throw failure;
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    @JsonRpcError(code = 2001, message = "Duplicate entry")
    static class DuplicateEntry extends RuntimeException {
    }

    static class StaleEntry extends RuntimeException {
        StaleEntry(String entry) {
            super(entry);
        }
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
