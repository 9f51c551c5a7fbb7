package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;
import vn.vnpt.bacgiang.cskh.campaign.ScriptFixture;
import vn.vnpt.bacgiang.cskh.campaign.ScriptService;

class OrientationTouchesViewTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private ScriptService scripts;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aPlannerSaysAVipVisitNeedsACallThenAVisitWithAGiftAndAVisitWithoutTheVisitChannelIsRefusedInTheField()
            throws Exception {
        long segment = ScriptFixture.segment(jdbc, LocalDate.now(VnFormats.ZONE));
        Campaign created = as("kehoach", () -> campaigns.create(CampaignFixture.draft("Thăm VIP có quà", segment)));
        long id = CampaignFixture.id(created);
        as("kehoach", () -> campaigns.move(id, created.getVersion(), CampaignState.ORIENTATION, null));
        login("kehoach");
        navigate("campaign/" + id);

        Select<CareTouches> touches = _get(Select.class, spec -> spec.withLabel("Các bước chăm sóc mỗi khách hàng"));
        assertThat(touches.getValue()).isEqualTo(CareTouches.CALL_ONLY);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mục tiêu chăm sóc")), "Thăm và tặng quà khách VIP.");
        CheckboxGroup<CareChannel> channels = _get(CheckboxGroup.class, spec -> spec.withLabel("Kênh chăm sóc"));
        _setValue(channels, Set.of(CareChannel.CALL));
        _setValue(touches, CareTouches.CALL_THEN_VISIT_WITH_GIFT);
        _click(_get(Button.class, spec -> spec.withText("Lưu định hướng")));

        assertThat(touches.isInvalid()).isTrue();
        assertThat(touches.getErrorMessage())
                .isEqualTo("Chương trình có thăm khách hàng cần cả kênh Gọi điện và Thăm trực tiếp.");
        assertThat(as("kehoach", () -> scripts.orientation(id)).getId()).isNull();

        _setValue(channels, Set.of(CareChannel.CALL, CareChannel.VISIT));
        _click(_get(Button.class, spec -> spec.withText("Lưu định hướng")));

        NotificationsKt.expectNotifications("Đã lưu định hướng.");
        assertThat(touches.isInvalid()).isFalse();
        assertThat(as("kehoach", () -> scripts.orientation(id)).getTouches())
                .isEqualTo(CareTouches.CALL_THEN_VISIT_WITH_GIFT);
        assertThat(jdbc.queryForObject("SELECT after_state FROM audit_entry WHERE entity_type = 'CampaignOrientation' "
                + "AND entity_id = ? ORDER BY id DESC LIMIT 1", String.class, String.valueOf(id)))
                .contains("CALL_THEN_VISIT_WITH_GIFT");
    }
}
