package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * The care tasks' statistics are refreshed after a bulk change commits (ANALYZE TABLE commits
 * implicitly, so never inside the change), once per transaction, and not after a rollback or a small
 * change. Counted by the server's own {@code Com_analyze}.
 */
class TaskStatisticsTest extends PortalTest {

    @Autowired
    private TaskStatistics statistics;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void aBulkChangeRefreshesTheStatisticsOnceAfterItsTransactionCommits() {
        long before = analyzed();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            statistics.bulkChanged(TaskStatistics.BULK);
            statistics.bulkChanged(5 * TaskStatistics.BULK);
            assertThat(analyzed()).as("not inside the transaction").isEqualTo(before);
        });

        assertThat(analyzed()).isEqualTo(before + 1);
    }

    @Test
    void aRolledBackOrSmallChangeLeavesTheStatisticsAlone() {
        long before = analyzed();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            statistics.bulkChanged(10 * TaskStatistics.BULK);
            status.setRollbackOnly();
        });
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> statistics.bulkChanged(TaskStatistics.BULK - 1));

        assertThat(analyzed()).isEqualTo(before);
    }

    private long analyzed() {
        return Long.parseLong(jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'COM_ANALYZE'", String.class));
    }
}
