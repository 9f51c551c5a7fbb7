package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

class ExecutionLinksTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDirectorReachesTheProgressOfACampaignInExecutionFromItsStepSixTab() {
        login("giamdoc");
        navigate("campaign/8");

        assertThat(_find(Anchor.class, spec -> spec.withText("Xem tiến độ thực hiện")))
                .singleElement().extracting(Anchor::getHref).isEqualTo("progress?campaign=8");
        assertThat(_find(Anchor.class, spec -> spec.withText("Mở danh sách chăm sóc của tôi"))).isEmpty();
    }

    @Test
    void aCareStaffMemberReachesTheirWorklistForTheCampaignButNotTheProgress() {
        long campaign = CampaignFixture.inState(jdbc, "Thăm khách hàng Lục Nam", CampaignState.EXECUTION, 11);
        login("lucnam.cskh1");
        navigate("campaign/" + campaign);

        assertThat(_find(Anchor.class, spec -> spec.withText("Mở danh sách chăm sóc của tôi")))
                .singleElement().extracting(Anchor::getHref).isEqualTo("worklist?campaign=" + campaign);
        assertThat(_find(Anchor.class, spec -> spec.withText("Xem tiến độ thực hiện"))).isEmpty();
    }

    @Test
    void aCampaignStillInPlanningHasNoStepSixLinks() {
        login("giamdoc");
        navigate("campaign/4");

        assertThat(_find(Anchor.class, spec -> spec.withText("Xem tiến độ thực hiện"))).isEmpty();
    }
}
