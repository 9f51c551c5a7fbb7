package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.OutOfScopeView;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

class CampaignVisibilityViewTest extends KaribuTest {

    private static final long LUC_NAM = 11;
    private static final long SON_DONG = 13;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSalesManagerOpeningAnotherUnitsCampaignByItsAddressGetsTheOutOfScopePage() {
        long theirs = CampaignFixture.inState(jdbc, "Thăm khách hàng Sơn Động", CampaignState.EXECUTION, SON_DONG);
        login("lucnam.truongphong");

        navigate("campaign/" + theirs);

        _assertNone(CampaignView.class);
        _assertOne(OutOfScopeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Bản ghi này thuộc đơn vị nằm ngoài phạm vi của bạn.");
    }

    @Test
    void aCampaignTheUnitTakesPartInAtAStepTheRoleDoesNotOpenIsRefusedWithThatReason() {
        long planned = CampaignFixture.inState(jdbc, "Kế hoạch thăm khách hàng Lục Nam", CampaignState.PLANNING, LUC_NAM);
        login("lucnam.truongphong");

        navigate("campaign/" + planned);

        _assertNone(CampaignView.class);
        _assertOne(OutOfScopeView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Đơn vị của bạn có tham gia chương trình này, nhưng vai "
                + "trò của bạn không được mở chương trình khi nó đang ở «3. Lập kế hoạch»: đơn vị thực hiện xem chương "
                + "trình từ bước 6 đến bước 8 (trưởng phòng bán hàng từ bước 5).");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSalesManagersBoardAndListShowTheirUnitsCampaignsOnly() {
        long ours = CampaignFixture.inState(jdbc, "Thăm khách hàng Lục Nam", CampaignState.SUPERVISION, LUC_NAM);
        long theirs = CampaignFixture.inState(jdbc, "Thăm khách hàng Sơn Động", CampaignState.SUPERVISION, SON_DONG);
        login("lucnam.truongphong");

        navigate("campaigns");
        assertThat(_find(CampaignCard.class)).extracting(card -> card.campaign().getId()).contains(ours)
                .doesNotContain(theirs);

        navigate("campaigns/list");
        Grid<Campaign> grid = _get(Grid.class);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(row -> (Anchor) _getCellComponent(grid, row, "name")))
                .extracting(Anchor::getHref).contains("campaign/" + ours).doesNotContain("campaign/" + theirs);

        navigate("campaign/" + ours);
        _assertOne(CampaignView.class);
    }
}
