package vn.vnpt.bacgiang.cskh.settlement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

/** A campaign in evaluation waits on each executing unit's manager until the unit's settlement is in. Rolled back. */
@Transactional
class SettlementWaitsTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CurrentUser currentUser;

    @Test
    void aManagerSeesTheCampaignWaitOnTheirSettlementUntilTheySubmitIt() throws Exception {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Quyết toán chờ đơn vị");
        String name = jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, made.campaign());

        login(SettlementFixture.VIET_YEN_MANAGER);
        assertThat(waitingReasons(name)).containsExactly("Chờ bạn: nhập và nộp quyết toán kinh phí của đơn vị");
        navigate("campaign/" + made.campaign());
        assertThat(_find(Span.class, spec -> spec.withClasses("campaign-action-hint"))).extracting(Span::getText)
                .containsExactly("Nhập và nộp quyết toán kinh phí của đơn vị bạn ở thẻ “8. Đánh giá, kết thúc” bên dưới.");

        jdbc.update("INSERT INTO settlement_unit (campaign_id, unit_id, unit_name, state, submitted_at, submitted_by) "
                + "SELECT campaign_id, unit_id, unit_name, 'SUBMITTED', NOW(6), 'Trưởng phòng' FROM campaign_share "
                + "WHERE campaign_id = ? AND unit_id = ?", made.campaign(), SettlementFixture.VIET_YEN);
        login(SettlementFixture.VIET_YEN_MANAGER);
        assertThat(waitingReasons(name)).isEmpty();
        assertThat(as(SettlementFixture.HIEP_HOA_MANAGER, () -> campaigns.waitingOn(currentUser.require())))
                .extracting(Campaign::getId).contains(made.campaign());
        assertThat(as("lucnam.truongphong", () -> campaigns.waitingOn(currentUser.require())))
                .extracting(Campaign::getId).doesNotContain(made.campaign());
    }

    /** The reasons "Việc chờ bạn" gives for the campaign of that name. */
    private static List<String> waitingReasons(String campaignName) {
        return _find(Div.class, spec -> spec.withClasses("waiting-item")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(campaignName))
                .flatMap(item -> _find(item, Span.class, spec -> spec.withClasses("waiting-reason")).stream())
                .map(Span::getText).toList();
    }
}
