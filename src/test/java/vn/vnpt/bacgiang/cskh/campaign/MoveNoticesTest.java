package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.LONG_TENURE_SEGMENT;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.draft;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.id;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignState.*;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.notice.Notice;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;

/**
 * Who hears of each campaign move, and nobody else. Rolled back: the moves and their notices never
 * reach other tests. Demo users: giamdoc (2) and phogiamdoc (3) appraise, kehoach (4) owns the
 * fixtures' campaigns, kehoach2 (5) is the other planner, giamsat (6) the supervisor.
 */
@Transactional
class MoveNoticesTest extends PortalTest {

    private static final long GIAMDOC = 2;
    private static final long PHOGIAMDOC = 3;
    private static final long KEHOACH = 4;
    private static final long VIETYEN_MANAGER = 33;
    private static final long LANGGIANG_MANAGER = 37;

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private NoticeService notices;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSubmittedPlanReachesEveryDirectorWithALinkToTheCampaignAndNobodyElse() throws Exception {
        Campaign campaign = submitted();

        assertThat(recipients(campaign, "campaign.notice.submitted")).containsExactly(GIAMDOC, PHOGIAMDOC);
        assertThat(sentAbout(campaign)).containsOnlyKeys("campaign.notice.submitted");
        assertThat(jdbc.queryForList("SELECT DISTINCT link FROM notice WHERE message_key = 'campaign.notice.submitted' "
                + "AND args LIKE ?", String.class, like(campaign))).containsExactly("campaign/" + id(campaign));
    }

    @Test
    void aReturnedPlanTellsItsPlannerTheReasonAndTheResubmissionTellsTheDirectorsItWasReworked() throws Exception {
        Campaign returned = decide(submitted(), CampaignTransition.RETURN, "Chỉ tiêu Lục Nam quá cao");

        assertThat(recipients(returned, "campaign.notice.returned")).containsExactly(KEHOACH);
        assertThat(args(returned, "campaign.notice.returned"))
                .isEqualTo("[\"" + returned.getName() + "\",\"Chỉ tiêu Lục Nam quá cao\"]");

        Campaign reworked = move("kehoach", returned, PLANNING, null);
        move("kehoach", reworked, APPRAISAL, null);

        assertThat(recipients(returned, "campaign.notice.resubmitted")).containsExactly(GIAMDOC, PHOGIAMDOC);
        assertThat(recipients(returned, "campaign.notice.submitted")).containsExactly(GIAMDOC, PHOGIAMDOC);
        assertThat(recipients(returned, "campaign.notice.returned")).containsExactly(KEHOACH);
    }

    @Test
    void anApprovalTellsThePlannerAndEachExecutingUnitsManagersOfTheirChecklistOnly() throws Exception {
        Campaign approved = decide(submitted(), CampaignTransition.APPROVE, null);

        assertThat(recipients(approved, "campaign.notice.approved")).containsExactly(KEHOACH);
        List<Long> managers = jdbc.queryForList("SELECT DISTINCT a.id FROM unit_readiness r JOIN user_account a ON "
                + "a.unit_id = r.unit_id JOIN user_role ro ON ro.user_id = a.id AND ro.role = 'SALES_MANAGER' "
                + "WHERE r.campaign_id = ? AND a.enabled ORDER BY a.id", Long.class, id(approved));
        assertThat(managers).hasSizeGreaterThan(1);
        assertThat(recipients(approved, "campaign.notice.readiness")).containsExactlyElementsOf(managers);
        Map<String, Object> first = jdbc.queryForMap("SELECT a.id, r.unit_name FROM unit_readiness r JOIN user_account a "
                + "ON a.unit_id = r.unit_id WHERE r.campaign_id = ? AND a.id = ?", id(approved), managers.getFirst());
        assertThat(jdbc.queryForList("SELECT args FROM notice WHERE recipient = ? AND message_key = "
                + "'campaign.notice.readiness' AND args LIKE ?", String.class, first.get("id"), like(approved)))
                .containsExactly("[\"" + approved.getName() + "\",\"" + first.get("unit_name") + "\",\""
                        + VnFormats.date(Objects.requireNonNull(approved.getStepDeadline())) + "\"]");
        assertThat(sentAbout(approved)).containsOnlyKeys("campaign.notice.submitted", "campaign.notice.approved",
                "campaign.notice.readiness");
    }

    @Test
    void startingExecutionTellsTheExecutingUnitsManagersHowManyCustomersTheyHaveToAssign() throws Exception {
        long id = ExecutionFixture.campaignInReadiness(jdbc, "Thông báo thực hiện", List.of(ExecutionFixture.BICH_DONG,
                ExecutionFixture.NENH, ExecutionFixture.VIET_YEN, ExecutionFixture.VOI));
        Campaign campaign = as("giamdoc", () -> campaigns.get(id));

        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, id);
            return null;
        });

        assertThat(recipients(campaign, "campaign.notice.execution")).containsExactly(VIETYEN_MANAGER,
                LANGGIANG_MANAGER);
        assertThat(jdbc.queryForList("SELECT args FROM notice WHERE recipient = ? AND message_key = "
                + "'campaign.notice.execution' AND args LIKE ?", String.class, VIETYEN_MANAGER, like(campaign)))
                .containsExactly("[\"" + campaign.getName() + "\",\"3\",\"Phòng bán hàng khu vực Việt Yên\"]");
        assertThat(jdbc.queryForList("SELECT DISTINCT link FROM notice WHERE message_key = 'campaign.notice.execution' "
                + "AND args LIKE ?", String.class, like(campaign))).containsExactly("assignment?campaign=" + id);
        assertThat(sentAbout(campaign)).containsOnlyKeys("campaign.notice.execution");
    }

    @Test
    void supervisionGoesToTheOtherSupervisorsEvaluationToTheOwnerAndNeverToTheUserWhoMoved() throws Exception {
        jdbc.update("INSERT INTO user_account (id, username, password_hash, full_name, unit_id, enabled) "
                + "VALUES (9061, 'giamsat2', 'x', 'Kiểm soát viên thứ hai', 4, TRUE)");
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (9061, 'SUPERVISOR')");
        long id = CampaignFixture.inState(jdbc, "Giám sát", EXECUTION, ExecutionFixture.VIET_YEN);
        Campaign campaign = as("giamsat", () -> campaigns.get(id));

        Campaign supervised = move("giamsat", campaign, SUPERVISION, null);
        assertThat(recipients(campaign, "campaign.notice.supervision")).containsExactly(9061L);

        move("kehoach2", supervised, EVALUATION, null);
        assertThat(recipients(campaign, "campaign.notice.evaluation")).containsExactly(KEHOACH);

        long own = CampaignFixture.inState(jdbc, "Đánh giá", SUPERVISION);
        move("kehoach", as("kehoach", () -> campaigns.get(own)), EVALUATION, null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE message_key = 'campaign.notice.evaluation' "
                + "AND link = ?", Long.class, "campaign/" + own)).isZero();
    }

    @Test
    void aRejectedOrCancelledCampaignTellsItsPlannerWhy() throws Exception {
        Campaign rejected = decide(submitted(), CampaignTransition.REJECT, "Trùng với chương trình Tết");
        assertThat(recipients(rejected, "campaign.notice.rejected")).containsExactly(KEHOACH);

        long id = CampaignFixture.inState(jdbc, "Hủy", READINESS, ExecutionFixture.VIET_YEN);
        Campaign cancelled = move("giamdoc", as("giamdoc", () -> campaigns.get(id)), CANCELLED, "Hết ngân sách");
        assertThat(recipients(cancelled, "campaign.notice.cancelled")).containsExactly(KEHOACH);
        assertThat(args(cancelled, "campaign.notice.cancelled")).contains("Hết ngân sách");
    }

    @Test
    void thePlannerReadsTheReturnInEnglishWhenTheirLanguageIsEnglish() throws Exception {
        Campaign returned = decide(submitted(), CampaignTransition.RETURN, "Quota too high");
        Notice notice = as("kehoach", () -> notices.latest(10)).stream()
                .filter(received -> received.messageKey().equals("campaign.notice.returned")).findFirst().orElseThrow();
        PortalI18NProvider i18n = new PortalI18NProvider();

        assertThat(i18n.getTranslation(notice.messageKey(), PortalI18NProvider.ENGLISH, notice.args().toArray()))
                .isEqualTo("The plan of the campaign \"" + returned.getName() + "\" was returned: Quota too high");
        assertThat(i18n.getTranslation(notice.messageKey(), PortalI18NProvider.VIETNAMESE, notice.args().toArray()))
                .isEqualTo("Kế hoạch chương trình “" + returned.getName() + "” bị trả lại: Quota too high");
        assertThat(notice.kind()).isEqualTo(Notice.CAMPAIGN);
        assertThat(notice.link()).isEqualTo("campaign/" + id(returned));
    }

    /** A new campaign of kehoach's, planned over the province-wide segment and submitted for appraisal. */
    private Campaign submitted() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc,
                as("kehoach", () -> campaigns.create(draft("Chương trình thông báo", LONG_TENURE_SEGMENT))));
        campaign = move("kehoach", campaign, ORIENTATION, null);
        campaign = move("kehoach", campaign, PLANNING, null);
        long planned = id(campaign);
        as("kehoach", () -> {
            PlanFixture.prepareForSubmission(plans, jdbc, planned);
            return null;
        });
        return move("kehoach", campaign, APPRAISAL, null);
    }

    private Campaign decide(Campaign campaign, CampaignTransition decision, @Nullable String comment)
            throws Exception {
        return move("giamdoc", campaign, decision.to(), comment);
    }

    private Campaign move(String username, Campaign campaign, CampaignState to, @Nullable String comment)
            throws Exception {
        return as(username, () -> CampaignFixture.move(campaigns, appraisals, campaign, to, comment));
    }

    /** Who received the notice about the campaign (its name is the first argument), in id order. */
    private List<Long> recipients(Campaign campaign, String messageKey) {
        return jdbc.queryForList("SELECT recipient FROM notice WHERE message_key = ? AND args LIKE ? ORDER BY recipient",
                Long.class, messageKey, like(campaign));
    }

    private String args(Campaign campaign, String messageKey) {
        return jdbc.queryForObject("SELECT args FROM notice WHERE message_key = ? AND args LIKE ?", String.class,
                messageKey, like(campaign));
    }

    /** Every notice sent about the campaign, by message key. */
    private Map<String, Object> sentAbout(Campaign campaign) {
        Map<String, Object> sent = new java.util.TreeMap<>();
        jdbc.query("SELECT message_key, COUNT(*) FROM notice WHERE args LIKE ? GROUP BY message_key", row -> {
            sent.put(row.getString(1), row.getLong(2));
        }, like(campaign));
        return sent;
    }

    private static String like(Campaign campaign) {
        return "[\"" + campaign.getName() + "\"%";
    }
}
