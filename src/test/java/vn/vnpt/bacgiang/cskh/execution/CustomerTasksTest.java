package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;

/** A customer's care tasks in running campaigns, as the customer page and the hand-off form read them. */
class CustomerTasksTest extends PortalTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aTaskCompletedByAContactIsListedWithItsContactsNewestFirst() throws Exception {
        WorklistRow task = fixture.careTask("Chăm sóc khách hàng");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Không nghe máy");
        fixture.logCall(task.campaignId(), ContactOutcome.REACHED_ACCEPTED, "Khách báo mạng chập chờn");

        CustomerTask listed = as("vietyen.cskh1", () -> execution.customerTasks(task.customerId())).getFirst();

        assertThat(listed.taskId()).isEqualTo(task.taskId());
        assertThat(listed.state()).isEqualTo(TaskState.COMPLETED);
        assertThat(listed.campaignName()).isEqualTo(task.campaignName());
        assertThat(listed.campaignState()).isEqualTo(CampaignState.EXECUTION);
        assertThat(listed.assigneeName()).isEqualTo("Vũ Văn Nam");
        assertThat(listed.contacts()).extracting(TaskContact::channel, TaskContact::outcome, TaskContact::note)
                .containsExactly(tuple(CareChannel.CALL, ContactOutcome.REACHED_ACCEPTED, "Khách báo mạng chập chờn"),
                        tuple(CareChannel.CALL, ContactOutcome.NOT_REACHED, "Không nghe máy"));
        assertThat(listed.contacts()).extracting(TaskContact::contactId).containsExactlyElementsOf(jdbc.queryForList(
                "SELECT id FROM care_contact WHERE task_id = ? ORDER BY id DESC", Long.class, task.taskId()));
    }

    @Test
    void eachRoleListsTheCustomersTasksOfItsOwnScopeOnly() throws Exception {
        WorklistRow task = fixture.careTask("Chăm sóc khách hàng");

        for (String reader : new String[] {"vietyen.cskh1", "vietyen.truongphong", "kehoach", "giamdoc"}) {
            assertThat(as(reader, () -> execution.customerTasks(task.customerId())))
                    .as(reader).extracting(CustomerTask::taskId).containsExactly(task.taskId());
        }
        for (String outsider : new String[] {"vietyen.cskh2", "lucnam.truongphong", "lucnam.cskh1"}) {
            assertThat(as(outsider, () -> execution.customerTasks(task.customerId()))).as(outsider).isEmpty();
            assertThatThrownBy(() -> as(outsider, () -> execution.customerTask(task.taskId()))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aTaskOfAClosedCampaignIsNoLongerListed() throws Exception {
        WorklistRow task = fixture.careTask("Chăm sóc khách hàng");
        jdbc.update("UPDATE campaign SET state = 'CLOSED' WHERE id = ?", task.campaignId());
        try {
            assertThat(as("vietyen.cskh1", () -> execution.customerTasks(task.customerId()))).isEmpty();
        } finally {
            // an open task left in a closed campaign would stay with its assignee through a reassignment
            jdbc.update("UPDATE campaign SET state = 'EXECUTION' WHERE id = ?", task.campaignId());
        }
    }
}
