package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;

/**
 * The progress grid's total row holds the service's total, and each unit's reach, success and
 * satisfaction are coloured against its share's targets (80 %, 60 %, 4,0), in Vietnamese and English.
 * Rolled back.
 */
@Transactional
class ProgressTargetsViewTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ProgressService progress;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    private long campaign;
    private LocalDate start;

    /** Việt Yên: 2 tasks, 1 reached and accepted, rated 5; Lạng Giang: 4 tasks, 1 reached and declined, rated 3. */
    @BeforeEach
    void campaignHalfwayThroughItsPeriod() throws Exception {
        campaign = campaignInReadiness(jdbc, "Mục tiêu tiến độ", List.of(BICH_DONG, BICH_DONG, VOI, VOI, VOI, VOI));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        start = LocalDate.now(clock).minusDays(20);
        jdbc.update("UPDATE campaign SET period_start = ?, period_end = ? WHERE id = ?", start, start.plusDays(9),
                campaign);
        reach(VIET_YEN, "REACHED_ACCEPTED", 5);
        reach(LANG_GIANG, "REACHED_DECLINED", 3);
        clock.stopAt(start.plusDays(4).atTime(9, 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTotalRowHoldsTheServicesTotalOverTheUnits() throws Exception {
        login("giamsat");
        UnitProgress sum = as("giamsat", () -> progress.total(campaign));
        open();

        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("progress-units"));
        FooterRow total = units.getFooterRows().getFirst();
        Figures figures = sum.figures();
        Map<String, String> expected = Map.of(
                "unit", "Tổng cộng",
                "tasks", VnFormats.number(figures.tasks()),
                "quota", VnFormats.number(sum.quota()),
                "contacted", VnFormats.number(figures.contacted()),
                "reached", VnFormats.number(figures.reached()) + " · " + VnFormats.number(figures.reachRate()) + " %",
                "success", VnFormats.number(figures.accepted()) + " · " + VnFormats.number(figures.successRate()) + " %",
                "satisfaction", VnFormats.decimal(figures.satisfaction(), 1),
                "unassigned", VnFormats.number(figures.unassigned()));
        expected.forEach((key, text) -> assertThat(total.getCell(units.getColumnByKey(key)).getText())
                .as(key).isEqualTo(text));
        assertThat(figures.tasks()).isEqualTo(6);
        assertThat(total.getCell(units.getColumnByKey("reached")).getText()).isEqualTo("2 · 33,3 %");
        assertThat(total.getCell(units.getColumnByKey("satisfaction")).getText()).isEqualTo("4,0");

        AssignmentAndProgressViewTest.onAPhone();
        Div totalCard = _find(Div.class, spec -> spec.withClasses("progress-card-total")).getFirst();
        assertThat(totalCard.getElement().getTextRecursively()).startsWith("Tổng cộng")
                .contains("Liên lạc được2 · 33,3 %");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachUnitsRatesAreColouredAgainstItsSharesTargetsWithTheTargetInTheText() throws Exception {
        login("giamsat");
        open();
        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("progress-units"));
        // row 0 Lạng Giang, row 1 Việt Yên; day 5 of 10: a reach of 40 % is on pace for 80 %
        assertThat(mark(units, 1, "reached")).containsExactly("ON_PACE", "badge small contrast", "50 % / 80 %",
                "Dưới mục tiêu nhưng đúng tiến độ của kỳ");
        assertThat(mark(units, 0, "reached")).containsExactly("BELOW", "badge small error", "25 % / 80 %",
                "Dưới mục tiêu");
        assertThat(mark(units, 1, "success")).containsExactly("MET", "badge small success", "100 % / 60 %",
                "Đạt mục tiêu");
        assertThat(mark(units, 0, "success")).containsExactly("BELOW", "badge small error", "0 % / 60 %",
                "Dưới mục tiêu");
        assertThat(mark(units, 1, "satisfaction")).containsExactly("MET", "badge small success", "5,0 / 4,0",
                "Đạt mục tiêu");
        assertThat(mark(units, 0, "satisfaction")).containsExactly("BELOW", "badge small error", "3,0 / 4,0",
                "Dưới mục tiêu");

        clock.stopAt(start.plusDays(9).atTime(17, 0));
        open();
        units = _get(Grid.class, spec -> spec.withId("progress-units"));
        assertThat(mark(units, 1, "reached")).as("on the last day the whole target is due")
                .containsExactly("BELOW", "badge small error", "50 % / 80 %", "Dưới mục tiêu");
    }

    @Test
    @SuppressWarnings("unchecked")
    void inEnglishTheMarksAndTheTotalRowAreInEnglish() throws Exception {
        login("giamsat");
        useEnglish();
        open();
        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("progress-units"));
        assertThat(units.getFooterRows().getFirst().getCell(units.getColumnByKey("unit")).getText()).isEqualTo("Total");
        assertThat(mark(units, 1, "reached").get(3)).isEqualTo("Below target but on pace for the period");
        assertThat(mark(units, 0, "reached").get(3)).isEqualTo("Below target");
        assertThat(mark(units, 1, "success").get(3)).isEqualTo("Target met");
    }

    private void open() {
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
    }

    /** The mark's name, its Lumo theme, the figure against the target and the tooltip in words. */
    private static List<String> mark(Grid<UnitProgress> units, int row, String key) {
        Component cell = _getCellComponent(units, row, key);
        Span badge = (Span) (cell.getClassNames().contains("progress-target") ? cell
                : cell.getChildren().filter(child -> child.hasClassName("progress-target")).findFirst().orElseThrow());
        return List.of(badge.getElement().getAttribute("data-mark"), badge.getElement().getAttribute("theme"),
                badge.getElement().getTextRecursively(), badge.getElement().getAttribute("title"));
    }

    private void reach(long unit, String outcome, int rating) {
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = ?, satisfaction = ? "
                + "WHERE campaign_id = ? AND unit_id = ? AND state = 'OPEN' ORDER BY id LIMIT 1", outcome, rating,
                campaign, unit);
    }
}
