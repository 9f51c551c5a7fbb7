package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

class ProgressSnapshotTest extends PortalTest {

    /** The figures the dashboards promise, counted here independently of the portal's own query. */
    private static final String INDEPENDENT = """
            SELECT unit_id, CONCAT_WS('/', COUNT(*), SUM(state = 'OPEN' AND assignee_id IS NULL), SUM(contacts > 0),
                   SUM(state = 'COMPLETED'), COALESCE(SUM(last_outcome = 'REACHED_ACCEPTED'), 0), COUNT(satisfaction),
                   COALESCE(SUM(satisfaction), 0), SUM(contacts), SUM(state = 'NOT_DONE')) AS figures
              FROM care_task WHERE campaign_id = ? GROUP BY unit_id""";

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private UnitFigures unitFigures;
    @Autowired
    private ProgressService progress;
    @Autowired
    private ProgressSnapshot snapshot;
    @Autowired
    private TestClock clock;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void aLoggedContactIsInTheUnitsFiguresOnceTheRefreshAfterItsCommitRunsAndTheyEqualAGroupByOfTheTasks()
            throws Exception {
        long campaign = started(List.of(BICH_DONG, NENH, VOI));
        assertThat(snapshotted(campaign)).as("taken when execution started").isEqualTo(grouped(campaign));
        LocalDateTime tenOClock = LocalDate.now(clock).atTime(LocalTime.of(10, 0));
        clock.stopAt(tenOClock);

        WorklistRow row = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();
        as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_ACCEPTED, null, 0, 5, null, null, "Khách hài lòng", null));
            return null;
        });
        awaitAfterCommitWork();

        Map<Long, String> grouped = grouped(campaign);
        assertThat(grouped.get(VIET_YEN)).startsWith("2/0/1/1/1/1/5/1/");
        assertThat(snapshotted(campaign)).isEqualTo(grouped);
        UnitFigures.Snapshot seen = as("giamdoc", () -> unitFigures.live());
        assertThat(seen.of(campaign)).extracting(UnitFigures.Row::unitId).containsExactly(LANG_GIANG, VIET_YEN);
        UnitFigures.Row vietYen = seen.of(campaign).get(1);
        assertThat(vietYen.figures().reached()).isEqualTo(1);
        assertThat(vietYen.quota()).isEqualTo(2);
        assertThat(vietYen.reachTarget()).isEqualTo(80);
        assertThat(jdbc.queryForObject("SELECT taken_at FROM unit_progress_snapshot WHERE campaign_id = ? AND unit_id = ?",
                LocalDateTime.class, campaign, VIET_YEN)).isEqualTo(LocalDateTime.ofInstant(clock.instant(),
                java.time.ZoneOffset.UTC));
        assertThat(seen.asOf()).isNotNull().isBeforeOrEqualTo(clock.instant());
    }

    @Test
    void aUnitsNextChangeWithinTheGapIsRefreshedTogetherWithTheChangesAfterItWhenTheGapHasPassed() throws Exception {
        long campaign = started(List.of(BICH_DONG, NENH, VOI));
        List<Long> vietYen = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? AND unit_id = ?",
                Long.class, campaign, VIET_YEN);
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, vietYen, VIET_YEN_CSKH1));
        awaitAfterCommitWork();
        List<WorklistRow> rows = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10));
        contact(rows.get(0), ContactOutcome.REACHED_ACCEPTED);
        awaitAfterCommitWork();
        String afterFirst = snapshotted(campaign).get(VIET_YEN);
        assertThat(afterFirst).isEqualTo(grouped(campaign).get(VIET_YEN)).startsWith("2/0/1/1/1/");

        contact(rows.get(1), ContactOutcome.REACHED_DECLINED);
        assertThat(snapshotted(campaign).get(VIET_YEN)).as("within " + ProgressSnapshot.GAP + " of the last refresh")
                .isEqualTo(afterFirst);
        awaitAfterCommitWork();
        assertThat(snapshotted(campaign)).isEqualTo(grouped(campaign));
        assertThat(snapshotted(campaign).get(VIET_YEN)).startsWith("2/0/2/2/1/");
    }

    private void contact(WorklistRow row, ContactOutcome outcome) throws Exception {
        as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL, outcome, null, 0,
                    4, null, null, "Lần " + row.taskId(), null));
            return null;
        });
    }

    /**
     * The load test's 300 users froze the portal: each contact's commit asked for a second pooled connection to
     * refresh the snapshot while it still held its first, until every connection was held that way. Here the test
     * holds all connections but one, so the contact has the last; the refresh must wait for it, not for another.
     */
    @Test
    void aContactsRefreshNeverAsksForASecondConnectionWhileTheContactHoldsItsFirst() throws Exception {
        long campaign = started(List.of(BICH_DONG, NENH, VOI));
        WorklistRow row = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize() - 1) {
                held.add(pool.getConnection());
            }
            as("vietyen.cskh1", () -> {
                execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                        ContactOutcome.REACHED_DECLINED, null, 0, 3, null, null, "Một kết nối", null));
                return null;
            });
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        awaitAfterCommitWork();

        assertThat(snapshotted(campaign)).isEqualTo(grouped(campaign));
        assertThat(grouped(campaign).get(VIET_YEN)).startsWith("2/0/1/1/0/1/3/1/");
    }

    @Test
    void aChangeMadeBehindTheServicesBackShowsOnceTheJobRuns() throws Exception {
        long campaign = started(List.of(BICH_DONG, VOI));
        jdbc.update("UPDATE care_task SET state = 'NOT_DONE' WHERE campaign_id = ? AND unit_id = ?", campaign, LANG_GIANG);
        assertThat(snapshotted(campaign)).isNotEqualTo(grouped(campaign));
        Instant later = clock.instant().plusSeconds(30);
        clock.stopAt(LocalDateTime.ofInstant(later, clock.getZone()));

        snapshot.refreshLive();

        assertThat(snapshotted(campaign)).isEqualTo(grouped(campaign));
        assertThat(grouped(campaign).get(LANG_GIANG)).endsWith("/1");
    }

    @Test
    void aSalesManagerReadsOnlyTheirOwnUnitsFiguresAndTheCentreReadsEveryUnit() throws Exception {
        long campaign = started(List.of(BICH_DONG, VOI));

        assertThat(as("vietyen.truongphong", () -> unitFigures.live()).rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.unitId()).isEqualTo(VIET_YEN));
        assertThat(as("langgiang.truongphong", () -> unitFigures.live()).of(campaign))
                .extracting(UnitFigures.Row::unitId).containsExactly(LANG_GIANG);
        for (String reader : List.of("giamdoc", "kehoach", "giamsat", "admin")) {
            assertThat(as(reader, () -> unitFigures.live()).of(campaign)).as(reader)
                    .extracting(UnitFigures.Row::unitId).containsExactly(LANG_GIANG, VIET_YEN);
        }
    }

    @Test
    void aCampaignNeverSnapshottedIsTakenWhenFirstRead() throws Exception {
        long campaign = started(List.of(BICH_DONG));
        jdbc.update("DELETE FROM unit_progress_snapshot WHERE campaign_id = ?", campaign);

        assertThat(as("giamdoc", () -> unitFigures.live()).of(campaign)).hasSize(1);
        assertThat(snapshotted(campaign)).isEqualTo(grouped(campaign));
    }

    @Test
    void theProgressViewReadsALiveCampaignsKeptFiguresWithTheGiftsCostUntilTheyAreAMinuteOld() throws Exception {
        long campaign = started(List.of(BICH_DONG, NENH, VOI));
        long giftLine = jdbc.queryForObject("SELECT id FROM budget_line WHERE campaign_id = ? AND category = 'GIFT'",
                Long.class, campaign);
        LocalDateTime tenOClock = LocalDate.now(clock).atTime(LocalTime.of(10, 0));
        clock.stopAt(tenOClock);
        WorklistRow row = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();
        as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.VISIT,
                    ContactOutcome.REACHED_ACCEPTED, giftLine, 2, 5, null, null, "Tặng quà", null));
            return null;
        });
        long spent = jdbc.queryForObject("SELECT SUM(cc.gift_quantity * b.unit_price) FROM care_contact cc JOIN "
                + "budget_line b ON b.id = cc.gift_line_id WHERE cc.campaign_id = ?", Long.class, campaign);
        assertThat(spent).isEqualTo(400_000);
        snapshot.refreshLive();
        assertThat(jdbc.queryForObject("SELECT gift_spend FROM unit_progress_snapshot WHERE campaign_id = ? AND "
                + "unit_id = ?", Long.class, campaign, VIET_YEN)).isEqualTo(spent);

        CampaignProgress kept = as("giamdoc", () -> progress.progress(campaign));
        assertThat(kept.asOf()).isEqualTo(clock.instant());
        assertThat(kept.units()).extracting(unit -> unit.figures().reached()).containsExactly(0L, 1L);
        assertThat(kept.total().figures().budgetUsed()).isEqualTo(spent);
        // behind the services' back: the kept figures stay until they are a minute old, then the tasks are counted
        jdbc.update("UPDATE care_task SET state = 'COMPLETED' WHERE campaign_id = ? AND unit_id = ?", campaign,
                LANG_GIANG);
        clock.stopAt(tenOClock.plusSeconds(60));
        assertThat(as("giamdoc", () -> progress.progress(campaign)).total().figures().reached()).isEqualTo(1);
        clock.stopAt(tenOClock.plusSeconds(61));
        CampaignProgress counted = as("giamdoc", () -> progress.progress(campaign));
        assertThat(counted.asOf()).isNull();
        assertThat(counted.total().figures().reached()).isEqualTo(2);
        assertThat(counted.total().figures().budgetUsed()).isEqualTo(spent);
        assertThat(as("vietyen.truongphong", () -> progress.progress(campaign)).units())
                .extracting(UnitProgress::unitId).containsExactly(VIET_YEN);
    }

    @Test
    void theStaffRowsEqualAGroupByOfTheTasksPerAssigneeAndAddUpToTheirUnitsRow() throws Exception {
        long campaign = started(List.of(BICH_DONG, NENH, VOI));
        WorklistRow row = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();
        contact(row, ContactOutcome.REACHED_ACCEPTED);
        awaitAfterCommitWork();

        Map<String, String> perAssignee = new TreeMap<>();
        jdbc.query(INDEPENDENT.replace("SELECT unit_id,", "SELECT CONCAT(unit_id, ':', COALESCE(assignee_id, 0)),")
                .replace("GROUP BY unit_id", "GROUP BY unit_id, assignee_id"), line -> {
                    perAssignee.put(line.getString(1), line.getString(2));
                }, campaign);
        assertThat(perAssignee).containsKeys(VIET_YEN + ":" + VIET_YEN_CSKH1, LANG_GIANG + ":0");
        Map<String, String> staffRows = new TreeMap<>();
        jdbc.query("SELECT CONCAT(unit_id, ':', assignee_id), CONCAT_WS('/', tasks, unassigned, contacted, reached, "
                + "accepted, ratings, COALESCE(rating_sum, 0), contact_count, not_done) FROM staff_progress_snapshot "
                + "WHERE campaign_id = ?", line -> {
                    staffRows.put(line.getString(1), line.getString(2));
                }, campaign);
        assertThat(staffRows).isEqualTo(perAssignee);
        Map<Long, String> summed = new TreeMap<>();
        jdbc.query("SELECT unit_id, CONCAT_WS('/', SUM(tasks), SUM(unassigned), SUM(contacted), SUM(reached), "
                + "SUM(accepted), SUM(ratings), COALESCE(SUM(rating_sum), 0), SUM(contact_count), SUM(not_done)) "
                + "FROM staff_progress_snapshot WHERE campaign_id = ? GROUP BY unit_id", line -> {
                    summed.put(line.getLong(1), line.getString(2));
                }, campaign);
        assertThat(summed).isEqualTo(snapshotted(campaign)).isEqualTo(grouped(campaign));
    }

    @Test
    void theStaffTableAndTheRankingReadALiveCampaignsKeptLinesUntilTheyAreAMinuteOld() throws Exception {
        long campaign = started(List.of(BICH_DONG, NENH, VOI));
        LocalDateTime tenOClock = LocalDate.now(clock).atTime(LocalTime.of(10, 0));
        clock.stopAt(tenOClock);
        snapshot.refreshLive();
        List<StaffProgress> staff = as("vietyen.truongphong", () -> progress.staff(campaign, VIET_YEN));
        assertThat(staff).extracting(line -> line.figures().reached()).containsOnly(0L);
        List<StaffRank> ranked = as("vietyen.truongphong", () -> progress.ranking(campaign, VIET_YEN));
        assertThat(ranked).extracting(StaffRank::staffId).contains(VIET_YEN_CSKH1);

        // behind the services' back: the kept lines stay until they are a minute old, then the tasks are counted
        jdbc.update("UPDATE care_task SET state = 'COMPLETED' WHERE campaign_id = ? AND unit_id = ? "
                + "AND assignee_id = ?", campaign, VIET_YEN, VIET_YEN_CSKH1);
        clock.stopAt(tenOClock.plusSeconds(60));
        assertThat(as("vietyen.truongphong", () -> progress.staff(campaign, VIET_YEN))).isEqualTo(staff);
        assertThat(as("vietyen.truongphong", () -> progress.ranking(campaign, VIET_YEN))).isEqualTo(ranked);
        clock.stopAt(tenOClock.plusSeconds(61));
        long completed = jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                + "AND assignee_id = ?", Long.class, campaign, VIET_YEN, VIET_YEN_CSKH1);
        assertThat(as("vietyen.truongphong", () -> progress.staff(campaign, VIET_YEN)))
                .filteredOn(line -> Long.valueOf(VIET_YEN_CSKH1).equals(line.staffId()))
                .extracting(line -> line.figures().reached()).containsExactly(completed);
        StaffRank first = as("vietyen.truongphong", () -> progress.ranking(campaign, VIET_YEN)).getFirst();
        assertThat(first.staffId()).isEqualTo(VIET_YEN_CSKH1);
        assertThat(first.reached()).isEqualTo(completed).isPositive();
    }

    private long started(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Số liệu", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        awaitAfterCommitWork();
        return campaign;
    }

    private Map<Long, String> grouped(long campaign) {
        Map<Long, String> figures = new TreeMap<>();
        jdbc.query(INDEPENDENT, row -> {
            figures.put(row.getLong(1), row.getString(2));
        }, campaign);
        return figures;
    }

    private Map<Long, String> snapshotted(long campaign) {
        Map<Long, String> figures = new TreeMap<>();
        jdbc.query("SELECT unit_id, CONCAT_WS('/', tasks, unassigned, contacted, reached, accepted, ratings, "
                + "COALESCE(rating_sum, 0), contact_count, not_done) FROM unit_progress_snapshot WHERE campaign_id = ?",
                row -> {
                    figures.put(row.getLong(1), row.getString(2));
                }, campaign);
        return figures;
    }
}
