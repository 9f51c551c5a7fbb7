package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.vnpt.bacgiang.cskh.handoff.HandoffFixture.id;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

class HandoffFromTheWorklistTest extends PortalTest {

    @Autowired
    private HandoffService handoffs;
    @Autowired
    private HandoffFixture fixture;

    @Test
    void aHandOffRaisedFromACareTaskCarriesTheTasksContactsToTheTtvt() throws Exception {
        WorklistRow task = fixture.careTask("Chuyển từ danh sách");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Thuê bao không liên lạc được");
        fixture.logCall(task.campaignId(), ContactOutcome.REACHED_ACCEPTED, "Khách báo mạng chập chờn buổi tối");

        Handoff raised = fixture.raise("vietyen.cskh1", new HandoffDraft(task.customerId(), null, task.campaignId(),
                task.taskId(), null, HandoffType.REPAIR, HandoffPriority.NORMAL, HandoffFixture.TTVT_YEN_DUNG,
                "Kiểm tra đường dây, khách hẹn sáng mai", List.of()));

        ContextPacket packet = as("ttvt.yendung", () -> handoffs.get(id(raised))).packet();
        assertThat(packet.campaignId()).isEqualTo(task.campaignId());
        assertThat(packet.campaignName()).isEqualTo(task.campaignName());
        assertThat(packet.contacts()).extracting(ContactRecord::outcome, ContactRecord::note).containsExactly(
                tuple("execution.outcome.REACHED_ACCEPTED",
                        "Khách báo mạng chập chờn buổi tối"),
                tuple("execution.outcome.NOT_REACHED", "Thuê bao không liên lạc được"));
        assertThat(packet.contacts()).allSatisfy(contact -> {
            assertThat(contact.channel()).isEqualTo("campaign.channel.CALL");
            assertThat(contact.staffName()).isEqualTo("Vũ Văn Nam");
        });
    }

    @Test
    void contactsTheRequesterPassesReplaceThoseOfTheTask() throws Exception {
        WorklistRow task = fixture.careTask("Chuyển từ danh sách");
        fixture.logCall(task.campaignId(), ContactOutcome.NOT_REACHED, "Không nghe máy");
        ContactRecord typed = new ContactRecord(Instant.parse("2026-11-20T02:00:00Z"), "Vũ Văn Nam",
                "Gặp trực tiếp", "Khách báo mất mạng", null);

        Handoff raised = fixture.raise("vietyen.cskh1", new HandoffDraft(task.customerId(), null, task.campaignId(),
                task.taskId(), null, HandoffType.REPAIR, HandoffPriority.NORMAL, HandoffFixture.TTVT_YEN_DUNG,
                "Kiểm tra đường dây", List.of(typed)));

        assertThat(as("ttvt.yendung", () -> handoffs.get(id(raised))).packet().contacts()).containsExactly(typed);
    }
}
