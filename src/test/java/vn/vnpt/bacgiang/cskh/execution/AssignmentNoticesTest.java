package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;

/**
 * Care staff hear once per assignment batch how many customers it gave them. Rolled back: handing
 * over a worker's open tasks also moves their demo tasks, and the notices never reach other tests.
 */
@Transactional
class AssignmentNoticesTest extends PortalTest {

    private static final long VIETYEN_MANAGER = 33;

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aBulkAssignmentOfTwentyFiveTasksToOneStaffMemberSendsThemExactlyOneNotice() throws Exception {
        long campaign = inExecution(Collections.nCopies(25, BICH_DONG));

        as("vietyen.truongphong", () -> assignments.assignEvenly(campaign, List.of(VIET_YEN_CSKH1)));

        assertThat(notices(campaign)).containsExactly(Map.of("recipient", VIET_YEN_CSKH1, "args",
                "[\"25\",\"" + name(campaign) + "\"]", "link", "worklist?campaign=" + campaign, "kind", "ASSIGNMENT"));
    }

    @Test
    void spreadingByStoreGivesEachStaffMemberOneNoticeWithTheirOwnCountAndTheManagerNone() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, BICH_DONG, NENH, NENH, VIET_YEN, VOI));

        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));

        List<Long> staff = jdbc.queryForList("SELECT assignee_id FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                + "ORDER BY assignee_id", Long.class, campaign, VIET_YEN);
        assertThat(counts(campaign)).containsExactlyInAnyOrderEntriesOf(Map.of(
                VIET_YEN_CSKH1, String.valueOf(Collections.frequency(staff, VIET_YEN_CSKH1)),
                VIET_YEN_CSKH2, String.valueOf(Collections.frequency(staff, VIET_YEN_CSKH2))));
        assertThat(counts(campaign)).doesNotContainKeys(VIETYEN_MANAGER, LANG_GIANG_CSKH1);
    }

    @Test
    void assigningSelectedRowsCountsOnlyTheTasksNewToTheStaffMemberAndNothingNewSendsNothing() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, NENH, VIET_YEN));
        List<Long> tasks = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? ORDER BY id", Long.class,
                campaign);
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, tasks.subList(0, 2), VIET_YEN_CSKH2));

        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, tasks, VIET_YEN_CSKH2));
        as("vietyen.truongphong", () -> assignments.assignEvenly(campaign, List.of(VIET_YEN_CSKH1)));

        assertThat(notices(campaign)).extracting(notice -> notice.get("args")).containsExactly(
                "[\"2\",\"" + name(campaign) + "\"]", "[\"2\",\"" + name(campaign) + "\"]");
        assertThat(counts(campaign)).containsOnlyKeys(VIET_YEN_CSKH2);
    }

    @Test
    void handingOverAWorkersOpenTasksTellsTheReceiverOnceHowManyAndFromWhom() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, NENH));
        as("vietyen.truongphong", () -> assignments.assignEvenly(campaign, List.of(VIET_YEN_CSKH1)));
        long open = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t JOIN campaign c ON c.id = t.campaign_id "
                + "WHERE t.assignee_id = ? AND t.state = 'OPEN' AND t.unit_id = ? AND c.state NOT IN ('CLOSED', "
                + "'CANCELLED')", Long.class, VIET_YEN_CSKH1, VIET_YEN);

        as("vietyen.truongphong", () -> assignments.reassign(VIET_YEN_CSKH1, VIET_YEN_CSKH2));

        List<Map<String, Object>> handover = jdbc.queryForList("SELECT recipient, args, link FROM notice "
                + "WHERE message_key = 'execution.notice.reassigned' AND args LIKE ?", "[\"%\",\"Vũ Văn Nam\"]");
        assertThat(handover).containsExactly(Map.of("recipient", VIET_YEN_CSKH2, "args",
                "[\"" + open + "\",\"Vũ Văn Nam\"]", "link", "worklist"));
    }

    private long inExecution(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Giao việc", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        return campaign;
    }

    private String name(long campaign) {
        return jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
    }

    /** The assignment notices about the campaign, in the order sent. */
    private List<Map<String, Object>> notices(long campaign) {
        return jdbc.queryForList("SELECT recipient, args, link, kind FROM notice WHERE message_key = "
                + "'execution.notice.assigned' AND link = ? ORDER BY id", "worklist?campaign=" + campaign);
    }

    /** The count each recipient was told of, summed over the campaign's assignment notices. */
    private Map<Long, String> counts(long campaign) {
        Map<Long, String> counts = new java.util.HashMap<>();
        List<Map<String, Object>> sent = new ArrayList<>(notices(campaign));
        for (Map<String, Object> notice : sent) {
            String args = (String) notice.get("args");
            counts.merge((Long) notice.get("recipient"), args.substring(2, args.indexOf('"', 2)),
                    (a, b) -> String.valueOf(Long.parseLong(a) + Long.parseLong(b)));
        }
        return counts;
    }
}
