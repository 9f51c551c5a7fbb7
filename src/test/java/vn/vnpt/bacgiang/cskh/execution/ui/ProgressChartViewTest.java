package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;

/** Rolled back: the campaign and its contacts are arranged per test. */
@Transactional
class ProgressChartViewTest extends KaribuTest {

    @Autowired
    private ProgressService progress;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theProgressChartsTableForScreenReadersHoldsTheServicesFiguresPerUnit() throws Exception {
        long campaign = campaignInReadiness(jdbc, "Biểu đồ \"tiến độ\"", List.of(BICH_DONG, BICH_DONG, BICH_DONG, VOI));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED' "
                + "WHERE campaign_id = ? AND unit_id = ? ORDER BY id LIMIT 2", campaign, VIET_YEN);
        login("giamsat");
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        BarChart chart = _get(BarChart.class, spec -> spec.withId("progress-chart"));

        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("Đơn vị", "Đã liên hệ", "Liên lạc được", "Chỉ tiêu"));
        for (UnitProgress unit : progress.units(campaign)) {
            expected.add(List.of(unit.unitName(), VnFormats.number(unit.figures().contacted()),
                    VnFormats.number(unit.figures().reached()), VnFormats.number(unit.quota())));
        }
        assertThat(expected).hasSize(3).anySatisfy(row -> assertThat(row.subList(1, 3)).containsExactly("2", "2"));
        assertThat(tableRows(chart)).isEqualTo(expected);
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(chart.getElement().getAttribute("aria-label"))
                .isEqualTo("Liên hệ và liên lạc được so với chỉ tiêu theo đơn vị");
    }

    @Test
    void inEnglishTheChartIsNamedInEnglish() throws Exception {
        long campaign = campaignInReadiness(jdbc, "Chart", List.of(BICH_DONG));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        login("giamsat");
        useEnglish();
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        BarChart chart = _get(BarChart.class, spec -> spec.withId("progress-chart"));

        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Contacts and reach against the quota per unit");
        assertThat(tableRows(chart).getFirst()).containsExactly("Unit", "Contacted", "Reached", "Quota");
    }

    private static List<List<String>> tableRows(BarChart chart) {
        Element table = chart.getElement().getChildren().flatMap(Element::getChildren)
                .filter(child -> child.getTag().equals("table")).findFirst().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        table.getChildren().filter(part -> !part.getTag().equals("caption"))
                .flatMap(Element::getChildren)
                .forEach(row -> rows.add(row.getChildren().map(Element::getText).toList()));
        return rows;
    }
}
