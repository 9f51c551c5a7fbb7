package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.PlanFixture;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;

class PlanPanelTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aPlannerSplitsEditsAQuotaAddsABudgetLineAndSeesTheTotalsAndTheSubmitGuardFollows() throws Exception {
        PlanFixture.loadCustomers(jdbc);
        long id = CampaignFixture.id(inPlanning());
        login("kehoach");
        navigate("campaign/" + id);
        assertThat(submitRefusal()).isEqualTo(
                "Cần chia phần khách hàng cho các đơn vị thực hiện trước khi trình thẩm định.");

        assertThat(_get(Button.class, spec -> spec.withId("plan-split")).getText()).isEqualTo("Chia theo phân loại");
        _click(_get(Button.class, spec -> spec.withId("plan-split")));
        assertThat(_get(Button.class, spec -> spec.withId("plan-split")).getText()).isEqualTo("Chia lại theo phân loại");
        assertThat(submitRefusal()).isEqualTo("Kế hoạch cần ít nhất một dòng ngân sách trước khi trình thẩm định.");
        Grid<CampaignShare> shares = _get(Grid.class, spec -> spec.withId("plan-shares"));
        assertThat(_size(shares)).isPositive();
        CampaignShare first = plans.shares(id).get(0);

        _click((Button) _getCellComponent(shares, 0, "edit"));
        IntegerField quota = _get(IntegerField.class, spec -> spec.withLabel("Chỉ tiêu liên hệ"));
        _setValue(quota, (int) first.getMembers() + 1);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        assertThat(quota.isInvalid()).isTrue();
        assertThat(quota.getErrorMessage())
                .isEqualTo("Chỉ tiêu không được vượt quá số khách hàng của đơn vị (" + first.getMembers() + ").");
        assertThat(plans.shares(id).get(0).getQuota()).isEqualTo(first.getMembers());
        _setValue(quota, 0);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        _assertNone(EditorDialog.class);
        assertThat(plans.shares(id).get(0).getQuota()).isZero();

        _click(_get(Button.class, spec -> spec.withId("budget-add")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nội dung")), "Quà tri ân");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Số lượng")), 10);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Đơn giá (₫)")), -150_000);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        assertThat(plans.budget(id)).isEmpty();
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Đơn giá (₫)")), 150_000);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(_get(Div.class, spec -> spec.withId("budget-totals")).getElement().getTextRecursively())
                .contains("Trung tâm (chung): 1.500.000 ₫", "Tổng ngân sách: 1.500.000 ₫");
        assertThat(_get(Button.class, spec -> spec.withText("Trình thẩm định")).isEnabled()).isTrue();
        _assertNone(Span.class, spec -> spec.withClasses("campaign-action-refusal"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSatisfactionTargetReadsWithADecimalCommaInBothLanguages() throws Exception {
        PlanFixture.loadCustomers(jdbc);
        long id = CampaignFixture.id(inPlanning());
        as("kehoach", () -> plans.split(id));
        jdbc.update("UPDATE campaign_share SET satisfaction = 4.0 WHERE campaign_id = ?", id);
        login("kehoach");
        navigate("campaign/" + id);
        assertThat(_getFormatted(_get(Grid.class, spec -> spec.withId("plan-shares")), 0, "satisfaction"))
                .isEqualTo("4,0");

        useEnglish();
        navigate("campaign/" + id);
        assertThat(_getFormatted(_get(Grid.class, spec -> spec.withId("plan-shares")), 0, "satisfaction"))
                .isEqualTo("4,0");
    }

    /** The reason shown beside the disabled "submit for appraisal" button. */
    private static String submitRefusal() {
        assertThat(_get(Button.class, spec -> spec.withText("Trình thẩm định")).isEnabled()).isFalse();
        return _get(Span.class, spec -> spec.withClasses("campaign-action-refusal")).getText();
    }

    private Campaign inPlanning() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc, as("kehoach",
                () -> campaigns.create(CampaignFixture.draft("Kế hoạch", CampaignFixture.LONG_TENURE_SEGMENT))));
        for (CampaignState next : new CampaignState[] {CampaignState.ORIENTATION, CampaignState.PLANNING}) {
            Campaign current = campaign;
            campaign = as("kehoach", () -> campaigns.move(CampaignFixture.id(current), current.getVersion(), next,
                    null));
        }
        return campaign;
    }
}
