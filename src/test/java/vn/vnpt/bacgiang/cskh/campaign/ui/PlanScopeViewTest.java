package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** The campaign page shows what the services let the user read: a unit in the field its own share, no appraisals. */
class PlanScopeViewTest extends KaribuTest {

    private static final long LUC_NAM = 11;
    private static final long LUC_NGAN = 12;

    @Autowired
    private JdbcTemplate jdbc;

    private long campaign;

    @BeforeEach
    void aCampaignInExecutionOfLucNamAndLucNgan() {
        campaign = CampaignFixture.inState(jdbc, "Thăm khách hàng hai huyện", CampaignState.EXECUTION, LUC_NAM,
                LUC_NGAN);
    }

    @AfterEach
    void removeIt() {
        jdbc.update("DELETE FROM campaign_share WHERE campaign_id = ?", campaign);
        jdbc.update("DELETE FROM campaign WHERE id = ?", campaign);
    }

    @Test
    void aSalesManagerSeesOnlyTheirDepartmentsShareAndNoAppraisals() {
        login("lucnam.truongphong");
        navigate("campaign/" + campaign);

        assertThat(shareUnits()).containsExactly(LUC_NAM);
        openStep(CampaignState.APPRAISAL);
        _assertNone(AppraisalPanel.class);
    }

    @Test
    void theDirectorSeesEveryUnitsShareAndTheAppraisals() {
        login("giamdoc");
        navigate("campaign/" + campaign);

        assertThat(shareUnits()).containsExactlyInAnyOrder(LUC_NAM, LUC_NGAN);
        openStep(CampaignState.APPRAISAL);
        _assertOne(AppraisalPanel.class);
    }

    private static void openStep(CampaignState step) {
        _get(TabSheet.class).setSelectedIndex(CampaignState.steps().indexOf(step));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> shareUnits() {
        openStep(CampaignState.PLANNING);
        Grid<CampaignShare> shares = _get(Grid.class, spec -> spec.withId("plan-shares"));
        return IntStream.range(0, _size(shares)).mapToObj(row -> _get(shares, row).getUnitId()).toList();
    }
}
