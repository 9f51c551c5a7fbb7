package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;

/** Rolled back: moving a worker's open tasks also moves their demo tasks. */
@Transactional
class DistributionAndAssignmentTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private Distribution distribution;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void enteringExecutionMakesEveryMemberExactlyOneTaskOfItsExecutingUnit() throws Exception {
        long campaign = campaignInReadiness(jdbc, "Phân giao", List.of(BICH_DONG, BICH_DONG, NENH, VIET_YEN, VOI, VOI));
        assertThat(tasks(campaign)).isZero();

        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });

        assertThat(tasks(campaign)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_member m JOIN care_task t ON t.campaign_id = "
                + "m.campaign_id AND t.customer_id = m.customer_id AND t.unit_id = m.unit_id WHERE m.campaign_id = ?",
                Long.class, campaign)).isEqualTo(6);
        assertThat(perUnit(campaign)).containsExactlyInAnyOrderEntriesOf(Map.of(VIET_YEN, 4L, LANG_GIANG, 2L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND (state <> 'OPEN' "
                + "OR assignee_id IS NOT NULL)", Long.class, campaign)).isZero();
        assertThat(audits("CareDistribution", String.valueOf(campaign))).isEqualTo(1);
    }

    @Test
    void aManagerSpreadsTheUnassignedTasksEvenlyAndEachIsAssignedOnceWithOneAuditEntry() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, BICH_DONG, NENH, NENH, VIET_YEN, VIET_YEN, VOI));

        int assigned = as("vietyen.truongphong", () -> assignments.assignEvenly(campaign,
                List.of(VIET_YEN_CSKH1, VIET_YEN_CSKH2)));

        assertThat(assigned).isEqualTo(7);
        assertThat(loads(campaign, VIET_YEN)).containsExactlyInAnyOrderEntriesOf(
                Map.of(VIET_YEN_CSKH1, 4L, VIET_YEN_CSKH2, 3L));
        assertThat(loads(campaign, LANG_GIANG)).containsExactly(Map.entry(0L, 1L));
        assertThat(audits("CareAssignment", campaign + "/" + VIET_YEN)).isEqualTo(1);
        assertThat(as("vietyen.truongphong", () -> assignments.assignEvenly(campaign,
                List.of(VIET_YEN_CSKH1)))).isZero();
    }

    @Test
    void byStoreEachStoresCustomersGoToItsStaffAndTheDepartmentsOwnAreSpread() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, NENH, VIET_YEN, VIET_YEN));

        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));

        assertThat(jdbc.queryForList("SELECT DISTINCT t.assignee_id FROM care_task t JOIN customer c ON c.id = "
                + "t.customer_id WHERE t.campaign_id = ? AND c.unit_id = ?", Long.class, campaign, BICH_DONG))
                .containsExactly(VIET_YEN_CSKH1);
        assertThat(jdbc.queryForList("SELECT DISTINCT t.assignee_id FROM care_task t JOIN customer c ON c.id = "
                + "t.customer_id WHERE t.campaign_id = ? AND c.unit_id = ?", Long.class, campaign, NENH))
                .containsExactly(VIET_YEN_CSKH2);
        assertThat(loads(campaign, VIET_YEN)).containsExactlyInAnyOrderEntriesOf(
                Map.of(VIET_YEN_CSKH1, 3L, VIET_YEN_CSKH2, 2L));
    }

    @Test
    void byHandTheSelectedRowsGoToOneStaffMemberAndInBulkAStaffMembersOpenTasksMoveToAnother() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, NENH, VIET_YEN, VIET_YEN));
        List<Long> ids = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? ORDER BY id", Long.class,
                campaign);

        assertThat(as("vietyen.truongphong", () -> assignments.assignSelected(campaign, ids.subList(0, 3),
                VIET_YEN_CSKH1))).isEqualTo(3);
        assertThat(loads(campaign, VIET_YEN)).containsExactlyInAnyOrderEntriesOf(Map.of(VIET_YEN_CSKH1, 3L, 0L, 1L));

        int moved = as("vietyen.truongphong", () -> assignments.reassign(VIET_YEN_CSKH1, VIET_YEN_CSKH2));

        assertThat(moved).isGreaterThanOrEqualTo(3);
        assertThat(loads(campaign, VIET_YEN)).containsExactlyInAnyOrderEntriesOf(Map.of(VIET_YEN_CSKH2, 3L, 0L, 1L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE assignee_id = ? AND state = 'OPEN'",
                Long.class, VIET_YEN_CSKH1)).isZero();
        assertThat(audits("CareAssignment", "staff/" + VIET_YEN_CSKH1)).isGreaterThanOrEqualTo(1);

        as("vietyen.truongphong", () -> assignments.reassign(VIET_YEN_CSKH2, null));
        assertThat(loads(campaign, VIET_YEN)).containsExactlyInAnyOrderEntriesOf(Map.of(VIET_YEN_CSKH1, 3L, 0L, 1L));
    }

    @Test
    void theAssignmentPageListsTheUnassignedFirstThenTheSoonestDueAndPagesWithoutGapsOrRepeats() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, NENH, VIET_YEN, VIET_YEN));
        List<Long> ids = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? AND unit_id = ? ORDER BY id",
                Long.class, campaign, VIET_YEN);
        LocalDateTime soon = LocalDateTime.of(2027, 1, 4, 8, 0);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.update("UPDATE care_task SET due_at = ? WHERE id = ?", soon.plusHours(ids.size() - i), ids.get(i));
        }
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, List.of(ids.getLast()), VIET_YEN_CSKH1));

        List<AssignmentRow> page = as("vietyen.truongphong", () -> assignments.openTasks(campaign, null, 0, 50));
        assertThat(page).extracting(AssignmentRow::taskId).as("unassigned by due, then the assigned")
                .containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0), ids.get(4));
        assertThat(page.getFirst().dueAt()).isEqualTo(soon.plusHours(2).toInstant(ZoneOffset.UTC));
        assertThat(page.getLast().assigneeName()).isNotNull();
        List<Long> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            int from = offset;
            as("vietyen.truongphong", () -> assignments.openTasks(campaign, null, from, 2)).forEach(row ->
                    paged.add(row.taskId()));
        }
        assertThat(paged).isEqualTo(page.stream().map(AssignmentRow::taskId).toList());
    }

    @Test
    void aManagerAssignsOnlyTheirOwnUnitsTasksToTheirOwnStaff() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, VOI));

        assertThatThrownBy(() -> as("vietyen.truongphong", () -> assignments.assignEvenly(campaign,
                List.of(LANG_GIANG_CSKH1)))).isInstanceOf(RuleViolation.class)
                .hasMessage("execution.assign.notUnitStaff");
        assertThat(as("langgiang.truongphong", () -> assignments.assignEvenly(campaign, List.of(LANG_GIANG_CSKH1))))
                .isEqualTo(1);
        assertThat(loads(campaign, VIET_YEN)).containsExactly(Map.entry(0L, 1L));
        assertThat(as("langgiang.truongphong", () -> assignments.staff())).extracting(StaffMember::id)
                .containsExactly(LANG_GIANG_CSKH1);
        for (String refused : List.of("vietyen.cskh1", "kehoach", "giamdoc", "ttvt.vietyen")) {
            assertThatThrownBy(() -> as(refused, () -> assignments.assignEvenly(campaign, List.of(VIET_YEN_CSKH1))))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void distributingAgainCreatesNoSecondTaskForAMember() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, VOI));

        signIn("kehoach");
        Integer created = new TransactionTemplate(transactionManager).execute(status -> distribution.distribute(campaign));
        assertThat(created).isZero();
        assertThat(tasks(campaign)).isEqualTo(2);
    }

    private long inExecution(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Phân công", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        return campaign;
    }

    private long tasks(long campaign) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ?", Long.class, campaign);
    }

    private Map<Long, Long> perUnit(long campaign) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.query("SELECT unit_id, COUNT(*) FROM care_task WHERE campaign_id = ? GROUP BY unit_id",
                row -> {
                    counts.put(row.getLong(1), row.getLong(2));
                }, campaign);
        return counts;
    }

    private Map<Long, Long> loads(long campaign, long unit) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.query("SELECT COALESCE(assignee_id, 0), COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                + "GROUP BY assignee_id", row -> {
                    counts.put(row.getLong(1), row.getLong(2));
                }, campaign, unit);
        return counts;
    }

    private long audits(String type, String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = ? AND entity_id = ?",
                Long.class, type, id);
    }
}
