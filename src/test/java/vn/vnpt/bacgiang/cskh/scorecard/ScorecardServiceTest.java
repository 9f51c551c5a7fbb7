package vn.vnpt.bacgiang.cskh.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessDays;
import vn.vnpt.bacgiang.cskh.scorecard.Metric.Side;

@Transactional
class ScorecardServiceTest extends PortalTest {

    /** Noon on a working day, a few days after the demo data was made. */
    private static final LocalDateTime NOW = LocalDateTime.now(VnFormats.ZONE).plusDays(3).withHour(12).withMinute(0)
            .withSecond(0).withNano(0);

    @Autowired
    private ScorecardService scorecard;
    @Autowired
    private ScorecardSnapshots snapshots;
    @Autowired
    private KeptScorecard keptScorecard;
    @Autowired
    private ScorecardPdf pdf;
    @Autowired
    private ScorecardFixture arranged;
    @Autowired
    private ReadinessDays readinessDays;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    private Instant now;

    @BeforeEach
    void stopTheClock() {
        clock.stopAt(NOW);
        now = clock.instant();
    }

    @Test
    void everyFigureEqualsAnIndependentCountOfTheArrangedData() {
        arrange();
        signIn("giamdoc");

        CoordinationScorecard card = scorecard.scorecard();

        assertThat(card.rows()).extracting(ScorecardRow::unitName)
                .contains("Phòng bán hàng khu vực Lục Nam", "Phòng bán hàng Doanh nghiệp");
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        for (ScorecardRow row : card.rows()) {
            for (Metric metric : row.metrics()) {
                assertThat(row.value(metric)).as(row.unitName() + " " + metric)
                        .isEqualTo(independent(row, metric, card.periodFrom()));
                totals.merge(metric, row.value(metric), Long::sum);
            }
        }
        assertThat(totals).as("every column counts something arranged").allSatisfy((metric, total) ->
                assertThat(total).as(metric.name()).isPositive());
        assertThat(card.rows().stream().filter(row -> row.side() == Side.TTVT)).isNotEmpty();
    }

    @Test
    void anAdminsNewThresholdsChangeTheColourAndAreAudited() {
        arrange();
        signIn("admin");
        ScorecardRow busiest = busiest(scorecard.scorecard(), Metric.TASKS_OVERDUE);
        long value = busiest.value(Metric.TASKS_OVERDUE);

        save(Metric.TASKS_OVERDUE, (int) value + 1, (int) value + 2);
        assertThat(row(busiest.unitId()).level(Metric.TASKS_OVERDUE)).isEqualTo(Level.OK);
        save(Metric.TASKS_OVERDUE, (int) value, (int) value + 1);
        assertThat(row(busiest.unitId()).level(Metric.TASKS_OVERDUE)).isEqualTo(Level.WARN);
        save(Metric.TASKS_OVERDUE, 1, (int) value);
        assertThat(row(busiest.unitId()).level(Metric.TASKS_OVERDUE)).isEqualTo(Level.ALERT);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Threshold'",
                Long.class)).isEqualTo(3);
    }

    @Test
    void theDashboardSummaryNamesTheUnitsAtAlertAndCountsThoseAtWarning() {
        arrange();
        signIn("admin");
        save(Metric.HANDOFFS_OVERDUE, 1, 1);
        signIn("giamdoc");
        CoordinationScorecard card = scorecard.scorecard();

        ScorecardSummary summary = scorecard.summary();

        assertThat(summary.units()).isEqualTo(card.rows().size());
        assertThat(summary.alertUnits()).containsExactlyElementsOf(card.rows().stream()
                .filter(row -> row.worst() == Level.ALERT).map(ScorecardRow::unitName).toList()).isNotEmpty();
        assertThat(summary.alert()).isEqualTo(summary.alertUnits().size());
        assertThat(summary.warn()).isEqualTo(card.rows().stream().filter(row -> row.worst() == Level.WARN).count());
    }

    @Test
    void theDashboardsAndTheScorecardViewReadTheKeptCardForAMinuteThenItIsCountedAgainAndTheJobRecountsIt() {
        signIn("giamdoc");
        ScorecardSummary kept = ScorecardSummary.of(scorecard.scorecard());
        arrange();

        assertThat(scorecard.summary()).isSameAs(scorecard.summary()).isEqualTo(kept);
        assertThat(scorecard.latest()).as("the view's card").isSameAs(scorecard.latest());
        assertThat(ScorecardSummary.of(scorecard.latest())).isEqualTo(kept);
        clock.stopAt(NOW.plus(KeptFigures.MAX_AGE));
        assertThat(scorecard.summary()).as("a minute old is still fresh").isEqualTo(kept);
        clock.stopAt(NOW.plus(KeptFigures.MAX_AGE).plusSeconds(1));
        CoordinationScorecard recounted = scorecard.latest();
        assertThat(recounted.asOf()).isEqualTo(clock.instant());
        assertThat(scorecard.summary()).isNotEqualTo(kept).isEqualTo(ScorecardSummary.of(recounted))
                .isEqualTo(ScorecardSummary.of(scorecard.scorecard()));

        jdbc.update("UPDATE care_task SET due_at = ? WHERE state = 'OPEN'", utc(now.minusSeconds(60)));
        CoordinationScorecard downloaded = scorecard.scorecard();
        assertThat(scorecard.latest()).as("a download's count replaces the kept card").isSameAs(downloaded);
        assertThat(scorecard.summary()).isEqualTo(ScorecardSummary.of(downloaded));
        clock.stopAt(NOW.plusMinutes(5));
        keptScorecard.refresh();
        assertThat(scorecard.latest().asOf()).as("the job's count").isEqualTo(clock.instant());
        assertThat(scorecard.summary().asOf()).isEqualTo(clock.instant());
    }

    @Test
    void thresholdsOutOfOrderOrReadAtAnOldVersionAreRefusedAndNothingIsSaved() {
        signIn("admin");
        Threshold bounced = threshold(Metric.BOUNCED);
        assertThatThrownBy(() -> scorecard.saveThresholds(List.of(
                new ThresholdEdit(Metric.BOUNCED, bounced.getVersion(), 0, 3))))
                .isInstanceOf(RuleViolation.class).hasMessage("scorecard.threshold.warnTooLow");
        assertThatThrownBy(() -> scorecard.saveThresholds(List.of(
                new ThresholdEdit(Metric.BOUNCED, bounced.getVersion(), 4, 3))))
                .isInstanceOf(RuleViolation.class).hasMessage("scorecard.threshold.alertBelowWarn");
        assertThatThrownBy(() -> scorecard.saveThresholds(List.of(
                new ThresholdEdit(Metric.BOUNCED, bounced.getVersion() + 1, 3, 4))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(threshold(Metric.BOUNCED).getWarnAt()).isEqualTo(bounced.getWarnAt());
    }

    @Test
    void theSnapshotJobRunTwiceTheSameDayKeepsOneRowPerUnitWithTheLatestFigures() {
        arrange();
        LocalDate today = NOW.toLocalDate();
        int units = snapshots.take();
        jdbc.update("UPDATE care_task SET due_at = ? WHERE state = 'OPEN' AND due_at >= ?", utc(now.minusSeconds(60)),
                utc(now));
        int again = snapshots.take();

        assertThat(again).isEqualTo(units);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scorecard_snapshot WHERE taken_on = ?", Long.class, today))
                .isEqualTo(units);
        signIn("giamdoc");
        ScorecardRow row = busiest(scorecard.scorecard(), Metric.TASKS_OVERDUE);
        assertThat(snapshots.on(today).get(row.unitId()).get(Metric.TASKS_OVERDUE))
                .isEqualTo(row.value(Metric.TASKS_OVERDUE));
    }

    @Test
    void theTrendComparesWithTheSnapshotOfThePreviousPeriodNotARecount() {
        LocalDate today = NOW.toLocalDate();
        snapshots.take();
        long lucNam = 11;
        jdbc.update("UPDATE scorecard_snapshot SET tasks_overdue = 999 WHERE taken_on = ? AND unit_id = ?", today, lucNam);
        signIn("giamdoc");
        assertThat(scorecard.scorecard().previousOn()).as("no snapshot a period ago yet").isNull();

        clock.stopAt(NOW.plusDays(ScorecardFigures.PERIOD_DAYS + 2));
        CoordinationScorecard later = scorecard.scorecard();

        assertThat(later.previousOn()).isEqualTo(today);
        ScorecardRow row = later.rows().stream().filter(line -> line.unitId() == lucNam).findFirst().orElseThrow();
        assertThat(row.previous(Metric.TASKS_OVERDUE)).isEqualTo(999L);
        assertThat(row.change(Metric.TASKS_OVERDUE)).isEqualTo(row.value(Metric.TASKS_OVERDUE) - 999);
    }

    @Test
    void theSpreadsheetHasOneRowPerGridRowWithTheSameFigures() throws IOException {
        arrange();
        signIn("kehoach");
        CoordinationScorecard card = scorecard.scorecard();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(scorecard.excel(Locale.of("vi"))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(card.rows().size());
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Việc chưa bắt đầu");
            for (int i = 0; i < card.rows().size(); i++) {
                ScorecardRow row = card.rows().get(i);
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(row.unitName());
                for (Metric metric : row.metrics()) {
                    assertThat((long) sheet.getRow(i + 1).getCell(2 + metric.ordinal()).getNumericCellValue())
                            .isEqualTo(row.value(metric));
                }
            }
        }
    }

    @Test
    void thePdfIsOnePageWithTheVietnameseUnitNamesAndTheirFigures() throws IOException {
        arrange();
        signIn("giamdoc");
        CoordinationScorecard card = scorecard.scorecard();
        ScorecardRow busiest = busiest(card, Metric.TASKS_OVERDUE);
        byte[] bytes = pdf.renderPdf(Locale.of("vi"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Bảng điểm phối hợp giữa các đơn vị", "Phòng bán hàng khu vực Lục Ngạn",
                    "Trung tâm Viễn thông Yên Dũng", busiest.unitName());
            String line = text.lines().filter(candidate -> candidate.contains(busiest.unitName())).findFirst()
                    .orElseThrow();
            assertThat(line.split("\\s+")).contains(VnFormats.number(busiest.value(Metric.TASKS_OVERDUE)));
        }
        assertThat(pdf.fileName(Locale.of("vi"))).endsWith(".pdf").startsWith("Bảng điểm phối hợp");
    }

    private void arrange() {
        arranged.arrange(NOW);
    }

    /** The figure counted unit by unit with its own query, not the scorecard's grouped one. */
    private long independent(ScorecardRow row, Metric metric, LocalDate periodFrom) {
        String path = jdbc.queryForObject("SELECT path FROM unit WHERE id = ?", String.class, row.unitId());
        Timestamp from = utc(periodFrom.atStartOfDay(VnFormats.ZONE).toInstant());
        String inUnit = "unit_id IN (SELECT id FROM unit WHERE path LIKE CONCAT(?, '%'))";
        return switch (metric) {
            case NOT_STARTED -> count("SELECT COUNT(*) FROM care_task WHERE state = 'OPEN' AND contacts = 0 "
                    + "AND created_at < ? AND " + inUnit, utc(now.minus(java.time.Duration.ofDays(3))), path);
            case TASKS_OVERDUE -> count("SELECT COUNT(*) FROM care_task WHERE state = 'OPEN' AND due_at < ? AND "
                    + inUnit, utc(now), path);
            case ACTIONS_OVERDUE -> count("SELECT COUNT(*) FROM corrective_action WHERE state IN ('OPEN', 'REOPENED') "
                    + "AND due_on < ? AND " + inUnit, NOW.toLocalDate(), path);
            case READINESS_LATE -> count("""
                    SELECT COUNT(*) FROM unit_readiness r
                    WHERE r.unit_path LIKE CONCAT(?, '%') AND r.confirmed_at >= ? AND r.confirmed_at < ?
                      AND DATEDIFF(DATE(DATE_ADD(r.confirmed_at, INTERVAL 7 HOUR)),
                                   DATE(DATE_ADD((SELECT MAX(t.at) FROM campaign_transition t
                                                  WHERE t.campaign_id = r.campaign_id AND t.to_state = 'READINESS'
                                                    AND t.at <= r.confirmed_at), INTERVAL 7 HOUR))) > ?""",
                    path, from, utc(now), readinessDays.days());
            case ACCEPTED_LATE -> count("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND sent_at >= ? "
                    + "AND accept_sla_met = FALSE", row.unitId(), from);
            case BOUNCED -> count("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND sent_at >= ? "
                    + "AND bounces > 0", row.unitId(), from);
            case HANDOFFS_OVERDUE -> count("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND is_open "
                    + "AND due_at < ?", row.unitId(), utc(now));
        };
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private void save(Metric metric, int warn, int alert) {
        scorecard.saveThresholds(List.of(new ThresholdEdit(metric, threshold(metric).getVersion(), warn, alert)));
    }

    private Threshold threshold(Metric metric) {
        return scorecard.thresholds().stream().filter(threshold -> threshold.getMetric() == metric).findFirst()
                .orElseThrow();
    }

    private ScorecardRow row(long unitId) {
        return scorecard.scorecard().rows().stream().filter(row -> row.unitId() == unitId).findFirst().orElseThrow();
    }

    private static ScorecardRow busiest(CoordinationScorecard card, Metric metric) {
        return card.rows().stream().filter(row -> row.has(metric))
                .max((a, b) -> Long.compare(a.value(metric), b.value(metric))).orElseThrow();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
