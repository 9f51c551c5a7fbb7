package vn.vnpt.bacgiang.cskh.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;

/** Bars that open the records behind them: the click the browser sends is the chart's {@code open} call. */
class BarChartLinksTest extends KaribuTest {

    private static final ChartModel TWO_UNITS = new ChartModel("Đã tiếp cận theo đơn vị", "Đơn vị",
            List.of("Lục Nam", "Việt Yên"), List.of(new ChartModel.Series("Đã tiếp cận", List.of(12L, 30L))), null);

    @Test
    void aClickOnACategorysBarsOpensItsLinkWithItsQuery() {
        login("giamdoc");
        BarChart chart = new BarChart();
        chart.setModel(TWO_UNITS);
        chart.setLinks(List.of("campaigns/list?state=EXECUTION", "campaigns/list?state=SUPERVISION"));
        UI.getCurrent().add(chart);

        chart.open(1);

        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("campaigns/list");
        assertThat(location.getQueryParameters().getParameters()).containsEntry("state", List.of("SUPERVISION"));
    }

    @Test
    void linksGoOnePerCategoryAndANewModelDropsThem() {
        login("giamdoc");
        BarChart chart = new BarChart();
        chart.setModel(TWO_UNITS);

        assertThatThrownBy(() -> chart.setLinks(List.of("progress"))).isInstanceOf(IllegalArgumentException.class);
        chart.setLinks(List.of("progress?campaign=1", "progress?campaign=2"));
        chart.setModel(TWO_UNITS);
        assertThat(chart.getLinks()).isEmpty();
        chart.open(0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
