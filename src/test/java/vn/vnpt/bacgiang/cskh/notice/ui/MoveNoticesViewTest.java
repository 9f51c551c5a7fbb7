package vn.vnpt.bacgiang.cskh.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.PlanFixture;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/**
 * Each campaign move reaches, under "Thông báo", the people who now have to act, and nobody else.
 * Rolled back: the moves, assignments and notices never reach other tests.
 */
@Transactional
class MoveNoticesViewTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aPlannerSubmitsAndTheDirectorSeesTheNoticeCountedWithItsLinkWhileASalesManagerDoesNot() throws Exception {
        Campaign campaign = planned();
        login("kehoach");
        navigate("campaign/" + campaign.getId());
        _click(_get(Button.class, spec -> spec.withText("Trình thẩm định")));

        login("giamdoc");
        assertThat(badge()).isEqualTo(String.valueOf(unread("giamdoc"))).isNotEqualTo("0");
        navigate("notices");
        Div notice = onlyNoticeAbout(campaign.getName());
        assertThat(notice.getElement().getTextRecursively()).startsWith("Kế hoạch chương trình “" + campaign.getName()
                + "” chờ thẩm định (do Lê Minh Đức trình).").contains("Chương trình CSKH");
        assertThat(notice.hasClassName("unread")).isTrue();
        _click(notice);
        assertThat(path()).isEqualTo("campaign/" + campaign.getId());

        login("lucnam.truongphong");
        navigate("notices");
        assertThat(noticesAbout(campaign.getName())).isEmpty();
    }

    @Test
    void aReturnedPlanReachesItsPlannerWithTheReasonInThePlannersLanguage() throws Exception {
        Campaign submitted = submitted(planned());
        as("giamdoc", () -> appraisals.decide(CampaignFixture.id(submitted), submitted.getVersion(),
                CampaignTransition.RETURN, CampaignFixture.scores(2), "Giảm chỉ tiêu của Lục Nam"));

        login("kehoach");
        useEnglish();
        navigate("notices");

        assertThat(onlyNoticeAbout(submitted.getName()).getElement().getTextRecursively()).startsWith(
                "The plan of the campaign \"" + submitted.getName() + "\" was returned: Giảm chỉ tiêu của Lục Nam")
                .contains("Care campaign");
        login("giamdoc");
        navigate("notices");
        assertThat(onlyNoticeAbout(submitted.getName()).getElement().getTextRecursively())
                .as("the Director heard of the submission only, in the language of this session")
                .contains("awaits appraisal");
    }

    @Test
    @SuppressWarnings("unchecked")
    void startingExecutionReachesTheExecutingUnitsManagersOnlyAndOpensTheirAssignment() throws Exception {
        long id = ExecutionFixture.campaignInReadiness(jdbc, "Thông báo phân công",
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.NENH));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, id);
            return null;
        });
        String name = as("giamdoc", () -> campaigns.get(id).getName());

        login("vietyen.truongphong");
        navigate("notices");
        Div notice = onlyNoticeAbout(name);
        assertThat(notice.getElement().getTextRecursively()).startsWith("Chương trình “" + name + "” bắt đầu thực hiện: "
                + "2 khách hàng của Phòng bán hàng khu vực Việt Yên chờ phân công cho nhân viên.");
        _click(notice);
        assertThat(path()).isEqualTo("assignment");
        assertThat(_get(Select.class, spec -> spec.withId("assignment-campaign")).getValue())
                .isInstanceOfSatisfying(ExecutionCampaign.class, shown -> assertThat(shown.id()).isEqualTo(id));

        for (String other : List.of("lucnam.truongphong", "vietyen.cskh1", "kehoach")) {
            login(other);
            navigate("notices");
            assertThat(noticesAbout(name)).as(other).isEmpty();
        }
    }

    @Test
    void aBulkAssignmentOfTwentyFiveTasksReachesTheStaffMemberAsOneNoticeThatOpensTheirWorklist() throws Exception {
        long id = ExecutionFixture.campaignInReadiness(jdbc, "Giao 25 khách hàng",
                Collections.nCopies(25, ExecutionFixture.BICH_DONG));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, id);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignEvenly(id, List.of(ExecutionFixture.VIET_YEN_CSKH1)));
        String name = as("giamdoc", () -> campaigns.get(id).getName());

        login("vietyen.cskh1");
        assertThat(badge()).isEqualTo(String.valueOf(unread("vietyen.cskh1"))).isNotEqualTo("0");
        navigate("notices");
        Div notice = onlyNoticeAbout(name);
        assertThat(notice.getElement().getTextRecursively()).startsWith("Bạn được giao 25 khách hàng của chương trình “"
                + name + "”.").contains("Phân công chăm sóc");
        _click(notice);
        assertThat(path()).isEqualTo("worklist");

        login("vietyen.cskh2");
        navigate("notices");
        assertThat(noticesAbout(name)).isEmpty();
    }

    /** A campaign of kehoach's in planning, its plan ready to submit. */
    private Campaign planned() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc, as("kehoach", () -> campaigns.create(
                CampaignFixture.draft("Thông báo kế hoạch", CampaignFixture.LONG_TENURE_SEGMENT))));
        long id = CampaignFixture.id(campaign);
        return as("kehoach", () -> {
            Campaign moved = campaigns.move(id, campaign.getVersion(), CampaignState.ORIENTATION, null);
            moved = campaigns.move(id, moved.getVersion(), CampaignState.PLANNING, null);
            PlanFixture.prepareForSubmission(plans, jdbc, id);
            return campaigns.get(id);
        });
    }

    private Campaign submitted(Campaign planned) throws Exception {
        return as("kehoach", () -> campaigns.move(CampaignFixture.id(planned), planned.getVersion(),
                CampaignState.APPRAISAL, null));
    }

    private long unread(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notice n JOIN user_account a ON a.id = n.recipient "
                + "WHERE a.username = ? AND n.read_at IS NULL", Long.class, username);
    }

    private static List<Div> noticesAbout(String campaignName) {
        return _find(Div.class, spec -> spec.withClasses("notice")).stream()
                .filter(row -> row.getElement().getTextRecursively().contains(campaignName)).toList();
    }

    private static Div onlyNoticeAbout(String campaignName) {
        List<Div> found = noticesAbout(campaignName);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static String badge() {
        SideNavItem item = _get(SideNav.class).getItems().stream().filter(entry -> entry.getLabel().equals("Thông báo"))
                .findFirst().orElseThrow();
        return item.getSuffixComponent() == null ? "0" : ((Span) item.getSuffixComponent()).getText();
    }
}
