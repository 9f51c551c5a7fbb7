package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;

/** Campaign 11 of db/demo V5_1 is CLOSED; a task of Việt Yên's in it is written here and rolled back. */
@Transactional
class ClosedCampaignProgressTest extends PortalTest {

    private static final long CLOSED_CAMPAIGN = 11;

    @Autowired
    private ProgressService progress;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aUnitNoLongerFollowsTheProgressOfItsClosedCampaignWhileTheCentreStillDoes() {
        long customer = ExecutionFixture.customer(jdbc, "Khách hàng mới quý III", ExecutionFixture.BICH_DONG);
        jdbc.update("INSERT INTO care_task (campaign_id, customer_id, unit_id, assignee_id, state, due_at) "
                + "VALUES (?, ?, ?, ?, 'COMPLETED', ?)", CLOSED_CAMPAIGN, customer, ExecutionFixture.VIET_YEN,
                ExecutionFixture.VIET_YEN_CSKH1, Timestamp.valueOf(LocalDateTime.of(2026, 10, 5, 10, 0)));

        signIn("vietyen.truongphong");
        assertThat(progress.campaigns()).extracting(ExecutionCampaign::id).doesNotContain(CLOSED_CAMPAIGN);
        signIn("giamdoc");
        assertThat(progress.campaigns()).extracting(ExecutionCampaign::id).contains(CLOSED_CAMPAIGN);
    }
}
