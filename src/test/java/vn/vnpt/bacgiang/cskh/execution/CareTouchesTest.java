package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;

class CareTouchesTest extends PortalTest {

    /** The first bytes of a PNG image, enough for the content check. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private ProgressService progress;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    @Test
    void aCallOnlyCampaignStillCompletesItsTaskOnAReachedCall() throws Exception {
        long campaign = assigned(CareTouches.CALL_ONLY, List.of(BICH_DONG));
        WorklistRow row = worklist(campaign).getFirst();

        log(row, CareChannel.CALL, ContactOutcome.REACHED_ACCEPTED, null, 0, null, null);

        assertThat(state(row)).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void theCallThatBooksTheVisitNeedsAFutureAppointmentAndKeepsTheTaskOpenDueAtIt() throws Exception {
        long campaign = assigned(CareTouches.CALL_THEN_VISIT_WITH_GIFT, List.of(BICH_DONG));
        WorklistRow row = worklist(campaign).getFirst();
        Instant visit = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);

        assertRefused("execution.contact.appointmentRequired", () -> log(row, CareChannel.CALL,
                ContactOutcome.REACHED_ACCEPTED, null, 0, null, null));
        assertRefused("execution.contact.appointmentPast", () -> log(row, CareChannel.CALL,
                ContactOutcome.REACHED_ACCEPTED, null, 0, clock.instant().minusSeconds(60), null));
        log(row, CareChannel.CALL, ContactOutcome.REACHED_ACCEPTED, null, 0, visit, null);

        WorklistRow booked = worklist(campaign).getFirst();
        assertThat(booked.taskId()).isEqualTo(row.taskId());
        assertThat(booked.state()).isEqualTo(TaskState.OPEN);
        assertThat(booked.appointmentAt()).isEqualTo(visit);
        assertThat(booked.dueAt()).isEqualTo(visit);
        assertThat(jdbc.queryForList("SELECT summary FROM audit_entry WHERE entity_id = ? AND entity_type = 'CareTask'",
                String.class, String.valueOf(row.taskId()))).anyMatch(summary -> summary.startsWith("Hẹn thăm"));
    }

    @Test
    void theVisitOfAGiftCampaignNeedsOneOfItsGiftLinesAndAtLeastOneGiftThenCompletesTheTask() throws Exception {
        long campaign = assigned(CareTouches.CALL_THEN_VISIT_WITH_GIFT, List.of(BICH_DONG));
        long other = campaignInReadiness(jdbc, "Quà chương trình khác", List.of(BICH_DONG));
        long gift = giftLine(campaign);
        WorklistRow row = worklist(campaign).getFirst();

        assertRefused("execution.contact.giftRequired", () -> log(row, CareChannel.VISIT,
                ContactOutcome.REACHED_ACCEPTED, null, 0, null, null));
        assertRefused("execution.contact.giftUnknown", () -> log(row, CareChannel.VISIT,
                ContactOutcome.REACHED_ACCEPTED, giftLine(other), 1, null, null));
        assertRefused("execution.contact.giftQuantity.range", () -> log(row, CareChannel.VISIT,
                ContactOutcome.REACHED_ACCEPTED, gift, 0, null, null));
        assertRefused("execution.contact.giftAtVisit", () -> log(row, CareChannel.CALL,
                ContactOutcome.REACHED_DECLINED, gift, 1, null, null));
        assertThat(contacts(row)).isZero();
        log(row, CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED, gift, 2, null, null);

        assertThat(state(row)).isEqualTo(TaskState.COMPLETED);
        assertThat(as("vietyen.cskh1", () -> execution.task(row.taskId()).contacts())).singleElement()
                .satisfies(contact -> {
                    assertThat(contact.gift()).isEqualTo("Quà thăm hỏi");
                    assertThat(contact.giftQuantity()).isEqualTo(2);
                    assertThat(contact.giftDelivered()).isTrue();
                });
    }

    @Test
    void theUnreachableRuleIsUnchangedOnAVisitCampaign() throws Exception {
        long campaign = assigned(CareTouches.CALL_THEN_VISIT_WITH_GIFT, List.of(BICH_DONG));
        WorklistRow row = worklist(campaign).getFirst();
        Instant later = clock.instant().plus(Duration.ofDays(1));

        log(row, CareChannel.CALL, ContactOutcome.NOT_REACHED, null, 0, null, later);
        log(reread(row), CareChannel.VISIT, ContactOutcome.NOT_REACHED, null, 0, null, later.plusSeconds(60));
        assertThat(state(row)).isEqualTo(TaskState.OPEN);
        log(reread(row), CareChannel.CALL, ContactOutcome.NOT_REACHED, null, 0, null, null);

        assertThat(state(row)).isEqualTo(TaskState.UNREACHABLE);
    }

    @Test
    void budgetUsedIsEachGiftsQuantityTimesItsLinesPricePlusTheSmsAsAnIndependentSqlSumSays() throws Exception {
        long campaign = assigned(CareTouches.CALL_THEN_VISIT_WITH_GIFT, List.of(BICH_DONG, NENH, VOI));
        long centre = giftLine(campaign);
        jdbc.update("INSERT INTO budget_line (campaign_id, unit_id, unit_name, category, description, quantity, "
                + "unit_price, amount) VALUES (?, ?, 'Phòng bán hàng khu vực Việt Yên', 'GIFT', 'Lẵng hoa', 5, 350000, "
                + "1750000)", campaign, VIET_YEN);
        long flowers = jdbc.queryForObject("SELECT MAX(id) FROM budget_line WHERE campaign_id = ?", Long.class,
                campaign);
        Map<Long, WorklistRow> vietYen = tasksOf(campaign, VIET_YEN);
        WorklistRow langGiang = tasksOf(campaign, LANG_GIANG).values().iterator().next();
        List<WorklistRow> rows = List.copyOf(vietYen.values());

        log(rows.get(0), CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED, centre, 2, null, null);
        log(rows.get(1), CareChannel.SMS, ContactOutcome.NOT_REACHED, null, 0, null,
                clock.instant().plus(Duration.ofDays(1)));
        log(reread(rows.get(1)), CareChannel.VISIT, ContactOutcome.REACHED_DECLINED, flowers, 1, null, null);
        assertRefused("execution.contact.giftUnknown", () -> log(langGiang, CareChannel.VISIT,
                ContactOutcome.REACHED_ACCEPTED, flowers, 1, null, null));
        log(langGiang, CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED, centre, 3, null, null);
        awaitAfterCommitWork();

        Map<Long, Long> used = as("giamsat", () -> progress.units(campaign)).stream()
                .collect(Collectors.toMap(UnitProgress::unitId, unit -> unit.figures().budgetUsed()));
        assertThat(used).containsEntry(VIET_YEN, 2 * 200_000L + 350_000 + 500).containsEntry(LANG_GIANG, 600_000L);
        for (long unit : List.of(VIET_YEN, LANG_GIANG)) {
            assertThat(used.get(unit)).as("unit %d", unit).isEqualTo(independentSum(campaign, unit, null));
            for (StaffProgress staff : as("giamsat", () -> progress.staff(campaign, unit))) {
                assertThat(staff.figures().budgetUsed()).as(staff.staffName())
                        .isEqualTo(independentSum(campaign, unit, staff.staffId()));
            }
        }
        assertThat(as("giamsat", () -> progress.total(campaign)).figures().budgetUsed())
                .isEqualTo(independentSum(campaign, null, null));
    }

    @Test
    void aReceiptIsKeptOnlyWhenItsContentIsAPhotoOrAPdfWhateverItsNameSays() throws Exception {
        assertThat(new Evidence("bien-nhan.jpg", "MZ this is a program".getBytes(StandardCharsets.US_ASCII))
                .contentType()).isEmpty();
        assertThat(new Evidence("bien-nhan.txt", PNG).contentType()).contains("image/png");
        assertThat(new Evidence("scan", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contentType())
                .contains("application/pdf");
        assertThat(new Evidence("anh", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).contentType())
                .contains("image/jpeg");
        long campaign = assigned(CareTouches.CALL_THEN_VISIT_WITH_GIFT, List.of(BICH_DONG));
        long gift = giftLine(campaign);
        WorklistRow row = worklist(campaign).getFirst();

        assertRefused("execution.evidence.wrongType", () -> visitWithReceipt(row, gift,
                new Evidence("bien-nhan.jpg", "<html>".getBytes(StandardCharsets.US_ASCII))));
        assertRefused("execution.evidence.tooLarge", () -> visitWithReceipt(row, gift,
                new Evidence("lon.png", java.util.Arrays.copyOf(PNG, Evidence.MAX_BYTES + 1))));
        assertThat(contacts(row)).isZero();
        visitWithReceipt(row, gift, new Evidence("bien-nhan.png", PNG));

        ContactRecord visit = as("vietyen.cskh1", () -> execution.task(row.taskId()).contacts()).getFirst();
        assertThat(visit.evidence()).isTrue();
        StoredEvidence stored = as("vietyen.truongphong", () -> execution.evidence(visit.contactId()));
        assertThat(stored.content()).isEqualTo(PNG);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.fileName()).isEqualTo("bien-nhan.png");
        assertThatThrownBy(() -> as("vietyen.cskh2", () -> execution.evidence(visit.contactId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWorklistShowsTodaysAppointmentsAndTheTasksDoneTodayByTheClock() throws Exception {
        long campaign = assigned(CareTouches.CALL_THEN_VISIT_WITH_GIFT, List.of(BICH_DONG, BICH_DONG));
        List<WorklistRow> rows = worklist(campaign);
        clock.stopAt(LocalDate.now(clock).atTime(10, 0));
        Instant soon = clock.instant().plus(Duration.ofMinutes(1));

        log(rows.get(0), CareChannel.CALL, ContactOutcome.REACHED_ACCEPTED, null, 0, soon, null);
        log(rows.get(1), CareChannel.CALL, ContactOutcome.REACHED_ACCEPTED, null, 0, soon.plus(Duration.ofDays(1)),
                null);

        assertThat(part(WorklistFilter.APPOINTMENTS_TODAY, campaign)).extracting(WorklistRow::taskId)
                .containsExactly(rows.get(0).taskId());
        log(reread(rows.get(0)), CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED, giftLine(campaign), 1, null,
                null);
        assertThat(part(WorklistFilter.APPOINTMENTS_TODAY, campaign)).isEmpty();
        assertThat(part(WorklistFilter.DONE_TODAY, campaign)).extracting(WorklistRow::taskId, WorklistRow::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(rows.get(0).taskId(), TaskState.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(rows.get(1).taskId(), TaskState.OPEN));
        assertThat(as("vietyen.cskh1", () -> execution.count(WorklistFilter.DONE_TODAY, campaign))).isEqualTo(2);
        assertThat(part(WorklistFilter.DONE_TODAY, campaign)).isEqualTo(
                as("vietyen.cskh1", () -> execution.worklist(WorklistFilter.DONE_TODAY, campaign, 0, 10)));
    }

    /** What the progress should say, summed here from the contacts and budget lines without the service's query. */
    private long independentSum(long campaign, @Nullable Long unit, @Nullable Long staff) {
        String where = (unit == null ? "" : " AND t.unit_id = " + unit)
                + (staff == null ? "" : " AND t.assignee_id = " + staff);
        Long gifts = jdbc.queryForObject("SELECT COALESCE(SUM(b.unit_price * c.gift_quantity), 0) FROM care_task t, "
                + "care_contact c, budget_line b WHERE c.task_id = t.id AND b.id = c.gift_line_id AND t.campaign_id = ?"
                + where, Long.class, campaign);
        Long sms = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t, care_contact c WHERE c.task_id = t.id AND "
                + "c.channel = 'SMS' AND t.campaign_id = ?" + where, Long.class, campaign);
        return gifts + sms * 500;
    }

    private long assigned(CareTouches touches, List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Thăm và tặng quà", units);
        jdbc.update("UPDATE campaign_orientation SET touches = ? WHERE campaign_id = ?", touches.name(), campaign);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        if (units.contains(VOI)) {
            as("langgiang.truongphong", () -> assignments.assignByStore(campaign));
        }
        return campaign;
    }

    private void log(WorklistRow row, CareChannel channel, ContactOutcome outcome, @Nullable Long gift, int gifts,
                     @Nullable Instant appointment, @Nullable Instant callback) throws Exception {
        as(assignee(row), () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), channel, outcome, gift, gifts,
                    outcome.reached() ? 4 : null, callback, appointment, null, null));
            return null;
        });
    }

    private void visitWithReceipt(WorklistRow row, long gift, Evidence receipt) throws Exception {
        as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.VISIT,
                    ContactOutcome.REACHED_ACCEPTED, gift, 1, 5, null, null, "Khách ký nhận", receipt));
            return null;
        });
    }

    private String assignee(WorklistRow row) {
        return jdbc.queryForObject("SELECT a.username FROM care_task t JOIN user_account a ON a.id = t.assignee_id "
                + "WHERE t.id = ?", String.class, row.taskId());
    }

    private List<WorklistRow> worklist(long campaign) throws Exception {
        return as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10));
    }

    private List<WorklistRow> part(WorklistFilter filter, long campaign) throws Exception {
        return as("vietyen.cskh1", () -> execution.worklist(filter, campaign, 0, 10));
    }

    private Map<Long, WorklistRow> tasksOf(long campaign, long unit) throws Exception {
        List<Long> ids = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? AND unit_id = ? ORDER BY id",
                Long.class, campaign, unit);
        Map<Long, WorklistRow> rows = new java.util.LinkedHashMap<>();
        for (long id : ids) {
            rows.put(id, as("giamdoc", () -> execution.task(id).task()));
        }
        return rows;
    }

    private WorklistRow reread(WorklistRow row) throws Exception {
        return as("giamdoc", () -> execution.task(row.taskId()).task());
    }

    private TaskState state(WorklistRow row) throws Exception {
        return as("giamdoc", () -> execution.task(row.taskId()).state());
    }

    private long contacts(WorklistRow row) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE task_id = ?", Long.class, row.taskId());
    }

    private long giftLine(long campaign) {
        return jdbc.queryForObject("SELECT MIN(id) FROM budget_line WHERE campaign_id = ? AND category = 'GIFT'",
                Long.class, campaign);
    }

    private static void assertRefused(String reason, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessage(reason);
    }
}
