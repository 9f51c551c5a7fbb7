package vn.vnpt.bacgiang.cskh.execution;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refreshes InnoDB's statistics of the care tasks once a bulk change (a distribution, a bulk
 * assignment) commits. InnoDB recalculates them only in the background, some time after a large
 * {@code INSERT ... SELECT}: until then the worklist and progress plans were up to 100 times slower
 * (issue 9, a worklist page 517 ms instead of 4 ms). {@code ANALYZE TABLE} commits implicitly in
 * MariaDB, so it runs after the change's transaction, once per transaction, never inside it.
 */
@Component
class TaskStatistics {

    /** Fewer changed rows leave the statistics close enough. */
    static final int BULK = 1_000;

    private final JdbcTemplate jdbc;

    TaskStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void bulkChanged(int rows) {
        if (rows < BULK) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            analyze();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                analyze();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TaskStatistics.this);
            }
        });
    }

    private void analyze() {
        jdbc.execute("ANALYZE TABLE care_task");
    }
}
