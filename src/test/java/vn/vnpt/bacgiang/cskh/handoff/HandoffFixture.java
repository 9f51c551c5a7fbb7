package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.customer.CustomerFixtures;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

/**
 * Hand-offs for tests, raised only in the districts reserved to the hand-off tests: Yên Dũng (store
 * Neo, TTVT Yên Dũng) and TP Bắc Giang (store Ngô Gia Tự, TTVT TP Bắc Giang); care tasks to raise
 * them from come from {@link ExecutionFixture}'s Việt Yên campaigns, one campaign of its own per call.
 */
@Component
public class HandoffFixture {

    public static final long YEN_DUNG_STORE = 190;
    public static final long TP_BG_STORE = 100;
    public static final long TTVT_YEN_DUNG = 39;
    public static final long TTVT_TP_BG = 30;

    private final CustomerFixtures customers;
    private final HandoffService handoffs;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final CampaignService campaigns;
    private final AssignmentService assignments;
    private final ExecutionService execution;

    HandoffFixture(CustomerFixtures customers, HandoffService handoffs, UserDetailsService users, JdbcTemplate jdbc,
                   CampaignService campaigns, AssignmentService assignments, ExecutionService execution) {
        this.customers = customers;
        this.handoffs = handoffs;
        this.users = users;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.assignments = assignments;
        this.execution = execution;
    }

    public Customer yenDungCustomer() {
        return customers.atRiskCustomer("Nguyễn Văn Dũng", YEN_DUNG_STORE);
    }

    public Customer tpBacGiangCustomer() {
        return customers.atRiskCustomer("Trần Thị Giang", TP_BG_STORE);
    }

    /** A repair raised by the given requester for the customer, to the default receiver. */
    public Handoff raise(String requester, Customer customer) {
        return raise(requester, draft(customer, HandoffType.REPAIR, HandoffPriority.NORMAL));
    }

    /** The care task of {@code vietyen.cskh1} in a new campaign in execution whose only member is at store Bích Động. */
    public WorklistRow careTask(String campaignName) {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, campaignName, List.of(ExecutionFixture.BICH_DONG));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        return worklistRow(campaign);
    }

    /** The care staff member logs a call on the (still open) task of the campaign as the worklist shows it. */
    public void logCall(long campaign, ContactOutcome outcome, String note) {
        WorklistRow task = worklistRow(campaign);
        as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(task.taskId(), task.version(), CareChannel.CALL, outcome,
                    outcome.reached() ? 4 : null, outcome.reached() ? null : Instant.now().plus(Duration.ofDays(1)),
                    note));
            return null;
        });
    }

    public Handoff raise(String requester, HandoffDraft draft) {
        return as(requester, () -> handoffs.raise(draft));
    }

    public Handoff move(String username, Handoff handoff, HandoffMove move, String text) {
        return as(username, () -> handoffs.move(id(handoff), handoffs.get(id(handoff)).getVersion(), move, text));
    }

    public Handoff reload(Handoff handoff) {
        return as("giamdoc", () -> handoffs.get(id(handoff)));
    }

    public static HandoffDraft draft(Customer customer, HandoffType type, HandoffPriority priority) {
        return new HandoffDraft(Objects.requireNonNull(customer.getId()), null, null, null, null, type, priority, null,
                "Mạng chập chờn từ hôm qua, khách hẹn sáng mai ở nhà",
                List.of(new ContactRecord(Instant.parse("2026-11-20T02:00:00Z"), "La Thị Thủy", "Gọi điện",
                        "Đã liên hệ, khách báo mất mạng", "Khách ở nhà buổi sáng")));
    }

    public static long id(Handoff handoff) {
        return Objects.requireNonNull(handoff.getId());
    }

    private WorklistRow worklistRow(long campaign) {
        return as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10).getFirst());
    }

    private <T> T as(String username, java.util.function.Supplier<T> call) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
