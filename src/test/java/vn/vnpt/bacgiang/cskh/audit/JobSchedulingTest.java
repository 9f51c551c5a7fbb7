package vn.vnpt.bacgiang.cskh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which jobs run on every node: Spring hands the scheduler a wrapper that names the method. */
class JobSchedulingTest {

    @Test
    void aJobThatRefreshesANodesMemoryRunsOnEveryNodeAndOneThatWritesTheDatabaseOnOne() {
        assertThat(JobScheduling.SchedulerOnly.runsOnEveryNode(named("vn.vnpt.bacgiang.cskh.scorecard.KeptScorecard.refresh")))
                .isTrue();
        assertThat(JobScheduling.SchedulerOnly.runsOnEveryNode(
                named("vn.vnpt.bacgiang.cskh.customer.KeptCustomerSummaries$$SpringCGLIB$$0.refresh"))).isTrue();
        assertThat(JobScheduling.SchedulerOnly.runsOnEveryNode(named("vn.vnpt.bacgiang.cskh.security.LoginThrottle.purge")))
                .isFalse();
        assertThat(JobScheduling.SchedulerOnly.runsOnEveryNode(
                named("vn.vnpt.bacgiang.cskh.execution.ProgressSnapshot.refreshLive"))).isFalse();
        assertThat(JobScheduling.SchedulerOnly.runsOnEveryNode(named("no such job"))).isFalse();
    }

    private static Runnable named(String name) {
        return new Runnable() {
            @Override
            public void run() {
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
