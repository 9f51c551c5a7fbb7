package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.handoff.HandoffFixture.id;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.CustomerTask;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

/** A hand-off raised after a contact keeps the campaign, the task and that contact; a forged link is refused. */
class HandoffAfterAContactTest extends PortalTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private HandoffService handoffs;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aHandOffRaisedFromTheContactThatCompletedATaskKeepsTheCampaignTaskAndContact() throws Exception {
        WorklistRow task = fixture.careTask("Chuyển sau lần chăm sóc");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Không nghe máy");
        fixture.logCall(task.campaignId(), ContactOutcome.REACHED_ACCEPTED, "Khách báo mất mạng buổi tối");
        long contact = latestContact(task);

        Handoff raised = fixture.raise("vietyen.cskh1", draft(task.customerId(), null, task.taskId(), contact));

        ContextPacket packet = as("ttvt.yendung", () -> handoffs.get(id(raised))).packet();
        assertThat(packet.campaignId()).isEqualTo(task.campaignId());
        assertThat(packet.campaignName()).isEqualTo(task.campaignName());
        assertThat(packet.taskId()).isEqualTo(task.taskId());
        assertThat(packet.contactId()).isEqualTo(contact);
        assertThat(packet.contacts()).extracting(ContactRecord::contactId).first().isEqualTo(contact);
        assertThat(packet.contacts()).extracting(ContactRecord::note)
                .containsExactly("Khách báo mất mạng buổi tối", "Không nghe máy");
    }

    @Test
    void aTaskOfAnotherUnitIsRefusedWithAClearMessage() throws Exception {
        WorklistRow task = fixture.careTask("Chuyển sau lần chăm sóc");
        Customer ownCustomer = fixture.yenDungCustomer();

        assertRefused("handoff.task.notInScope", "yendung.cskh1",
                draft(Objects.requireNonNull(ownCustomer.getId()), task.campaignId(), task.taskId(), null));
    }

    @Test
    void aTaskThatDoesNotExistIsRefusedLikeOneOutOfScope() throws Exception {
        Customer ownCustomer = fixture.yenDungCustomer();

        assertRefused("handoff.task.notInScope", "yendung.cskh1",
                draft(Objects.requireNonNull(ownCustomer.getId()), null, 999_999_999L, null));
    }

    @Test
    void aTaskOfAnotherCustomerOrAContactOfAnotherTaskIsRefused() throws Exception {
        WorklistRow first = fixture.careTask("Chuyển sau lần chăm sóc");
        WorklistRow second = fixture.careTask("Chuyển sau lần chăm sóc");
        fixture.logCall(second.campaignId(), ContactOutcome.REACHED_ACCEPTED, "Khách báo mất mạng");

        assertRefused("handoff.task.notOfCustomer", "vietyen.cskh1",
                draft(first.customerId(), null, second.taskId(), null));
        assertRefused("handoff.task.notOfCampaign", "vietyen.cskh1",
                draft(first.customerId(), second.campaignId(), first.taskId(), null));
        assertRefused("handoff.contact.notOfTask", "vietyen.cskh1",
                draft(first.customerId(), null, first.taskId(), latestContact(second)));
        assertRefused("handoff.contact.notOfTask", "vietyen.cskh1",
                draft(first.customerId(), null, null, latestContact(second)));
    }

    private void assertRefused(String reason, String requester, HandoffDraft draft) {
        long before = handoffCount();
        assertThatThrownBy(() -> fixture.raise(requester, draft)).isInstanceOf(RuleViolation.class)
                .hasMessage(reason);
        assertThat(handoffCount()).isEqualTo(before);
    }

    private long handoffCount() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM handoff", Long.class));
    }

    private long latestContact(WorklistRow task) throws Exception {
        CustomerTask read = as("vietyen.cskh1", () -> execution.customerTask(task.taskId()));
        return read.contacts().getFirst().contactId();
    }

    private static HandoffDraft draft(long customerId, @Nullable Long campaignId, @Nullable Long taskId,
                                      @Nullable Long contactId) {
        return new HandoffDraft(customerId, null, campaignId, taskId, contactId, HandoffType.REPAIR,
                HandoffPriority.NORMAL, HandoffFixture.TTVT_YEN_DUNG, "Kiểm tra đường dây giúp khách", List.of());
    }
}
