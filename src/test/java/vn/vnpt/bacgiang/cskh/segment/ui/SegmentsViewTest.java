package vn.vnpt.bacgiang.cskh.segment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.OutOfScopeView;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.Segment;
import vn.vnpt.bacgiang.cskh.segment.SegmentCriteria;
import vn.vnpt.bacgiang.cskh.segment.SegmentFixture;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

class SegmentsViewTest extends KaribuTest {

    @Autowired
    private SegmentService segments;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @BeforeEach
    void loadFixture() {
        SegmentFixture.ensureLoaded(jdbc, LocalDate.now(clock));
    }

    @Test
    void aSavedSegmentOpensInTheBuilderWithItsCriteriaAndCount() throws Exception {
        long id = save("sondong.truongphong", "VIP Sơn Động");
        login("sondong.truongphong");
        navigate("segments");

        Grid<Segment> grid = grid();
        int row = _findAll(grid).stream().map(Segment::getName).toList().indexOf("VIP Sơn Động");
        assertThat(_findAll(grid).get(row).getMemberCount()).isEqualTo(4);
        Component actions = _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Mở")));

        assertThat(_get(H1.class).getText()).isEqualTo("Sửa phân loại: VIP Sơn Động");
        assertThat(_get(Span.class, spec -> spec.withClasses("segment-count-total")).getText()).isEqualTo("4");
        assertThat(VaadinUrl.current()).isEqualTo("segments/" + id + "/edit");
    }

    @Test
    void aCopyIsSavedForTheUserAndOpensInTheBuilder() throws Exception {
        save("kehoach", "VIP để sao chép");
        login("kehoach2");
        navigate("segments");

        Grid<Segment> grid = grid();
        int row = _findAll(grid).stream().map(Segment::getName).toList().indexOf("VIP để sao chép");
        _click(_get(_getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withText("Sao chép")));

        assertThat(_get(H1.class).getText()).isEqualTo("Sửa phân loại: VIP để sao chép (bản sao)");
        assertThat(jdbc.queryForObject("SELECT owner_name FROM segment WHERE name = 'VIP để sao chép (bản sao)'",
                String.class)).isEqualTo("Đặng Thu Trang");
    }

    @Test
    void aManagerCannotOpenAnotherManagersSegmentByItsAddress() throws Exception {
        long id = save("yenthe.truongphong", "VIP Yên Thế riêng");
        login("sondong.truongphong");

        navigate("segments/" + id + "/edit");

        _assertNone(SegmentBuilderView.class);
        _assertOne(OutOfScopeView.class);
    }

    @Test
    void theDirectorReadsSavedSegmentsButHasNoSaveOrCopy() throws Exception {
        save("kehoach", "VIP cho giám đốc xem");
        login("giamdoc");
        navigate("segments");

        Grid<Segment> grid = grid();
        int row = _findAll(grid).stream().map(Segment::getName).toList().indexOf("VIP cho giám đốc xem");
        Component actions = _getCellComponent(grid, row, "actions");
        _get(actions, Button.class, spec -> spec.withText("Mở"));
        _assertNone(actions, Button.class, spec -> spec.withText("Sao chép"));
        navigate("segments/new");
        _assertNone(Button.class, spec -> spec.withText("Lưu phân loại"));
    }

    private long save(String username, String name) throws Exception {
        Segment segment = new Segment();
        segment.setName(name);
        segment.setCriteria(SegmentCriteria.allOf(new Criterion.Districts(EnumSet.of(District.SDG, District.YTE)),
                new Criterion.VipTiers(Set.of(VipTier.SILVER, VipTier.GOLD, VipTier.DIAMOND)))
                .or(new Criterion.Districts(Set.of(District.SDG)), new Criterion.VipTiers(Set.of(VipTier.GOLD))));
        return Objects.requireNonNull(as(username, () -> segments.save(segment)).getId());
    }

    private static final class VaadinUrl {
        static String current() {
            return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Segment> grid() {
        return _get(Grid.class);
    }
}
