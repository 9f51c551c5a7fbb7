package vn.vnpt.bacgiang.cskh.scorecard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardFixture;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.scorecard.Metric;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardRow;

@Transactional
class ScorecardViewTest extends KaribuTest {

    private static final LocalDateTime NOW = LocalDateTime.now(VnFormats.ZONE).plusDays(3).withHour(12).withMinute(0)
            .withSecond(0).withNano(0);

    @Autowired
    private ScorecardFixture fixture;

    @Test
    void theDirectorSeesTheScorecardInVietnameseAndSortsItByAFigure() {
        fixture.arrange(NOW);
        login("giamdoc");
        navigate("scorecard");

        assertThat(_get(H1.class).getText()).isEqualTo("Bảng điểm phối hợp giữa các đơn vị");
        Grid<ScorecardRow> grid = grid();
        assertThat(grid.getColumnByKey(Metric.NOT_STARTED.name()).getHeaderText()).isEqualTo("Việc chưa bắt đầu");
        assertThat(rows(grid, "unit")).contains("Phòng bán hàng khu vực Lục Nam").doesNotContain("Trung tâm Viễn thông Lục Nam");
        assertThat(rows(grid("ttvt"), "unit")).contains("Trung tâm Viễn thông Lục Nam");
        assertThat(_get(Anchor.class, spec -> spec.withId("scorecard-pdf")).getText()).isEqualTo("Tải PDF");
        assertThat(_find(RouterLink.class, spec -> spec.withId("scorecard-thresholds"))).as("only for Admins").isEmpty();

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(Metric.TASKS_OVERDUE.name()), SortDirection.DESCENDING)));
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            String text = _getFormatted(grid, i, Metric.TASKS_OVERDUE.name());
            overdue.add(Long.parseLong(text.split(" ")[0].replace(".", "")));
        }
        assertThat(overdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(overdue.getFirst()).isPositive();
    }

    @Test
    void theDirectorSeesTheScorecardInEnglish() {
        login("giamdoc");
        useEnglish();
        navigate("scorecard");

        assertThat(_get(H1.class).getText()).isEqualTo("Coordination scorecard across units");
        assertThat(grid("ttvt").getColumnByKey(Metric.ACCEPTED_LATE.name()).getHeaderText()).isEqualTo("Accepted late");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Telecom centres receiving hand-offs");
    }

    @Test
    void salesManagersCareStaffAndTelecomStaffAreRefusedTheScorecard() {
        for (String user : List.of("lucnam.truongphong", "tpbg.cskh1", "ttvt.tpbg")) {
            login(user);
            navigate("scorecard");
            _get(ForbiddenView.class);
        }
    }

    @Test
    void anAdminRaisesAThresholdAndTheColourOfTheFigureChanges() {
        fixture.arrange(NOW);
        login("admin");
        navigate("scorecard");
        assertThat(_get(RouterLink.class, spec -> spec.withId("scorecard-thresholds")).getHref())
                .isEqualTo("scorecard/thresholds");
        setThresholds("900000", "900001");
        assertThat(partOfBusiest()).isEqualTo("level-ok");

        setThresholds("1", "900000");
        assertThat(partOfBusiest()).isEqualTo("level-warn");

        navigate("scorecard/thresholds");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Việc quá hạn: báo động từ")), 0);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Việc quá hạn: cảnh báo từ")), 5);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Việc quá hạn: báo động từ")), 4);
        _click(_get(Button.class, spec -> spec.withId("thresholds-save")));
        expectNotifications("Ngưỡng báo động không được nhỏ hơn ngưỡng cảnh báo.");
    }

    private void setThresholds(String warn, String alert) {
        navigate("scorecard/thresholds");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Việc quá hạn: cảnh báo từ")), Integer.valueOf(warn));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Việc quá hạn: báo động từ")), Integer.valueOf(alert));
        _click(_get(Button.class, spec -> spec.withId("thresholds-save")));
        expectNotifications("Đã lưu ngưỡng tô màu.");
        navigate("scorecard");
    }

    private static String partOfBusiest() {
        Grid<ScorecardRow> grid = grid();
        Grid.Column<ScorecardRow> column = grid.getColumnByKey(Metric.TASKS_OVERDUE.name());
        ScorecardRow busiest = grid.getListDataView().getItems().filter(row -> row.has(Metric.TASKS_OVERDUE))
                .max((a, b) -> Long.compare(a.value(Metric.TASKS_OVERDUE), b.value(Metric.TASKS_OVERDUE)))
                .orElseThrow();
        return column.getPartNameGenerator().apply(busiest);
    }

    private static Grid<ScorecardRow> grid() {
        return grid("executing");
    }

    private static Grid<ScorecardRow> grid(String side) {
        @SuppressWarnings("unchecked")
        Grid<ScorecardRow> grid = _get(Grid.class, spec -> spec.withId("scorecard-grid-" + side));
        return grid;
    }

    private static List<String> rows(Grid<ScorecardRow> grid, String column) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            texts.add(_getFormatted(grid, i, column));
        }
        return texts;
    }
}
