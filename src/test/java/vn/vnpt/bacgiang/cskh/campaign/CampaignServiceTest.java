package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.LONG_TENURE_SEGMENT;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.draft;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.id;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignState.*;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

class CampaignServiceTest extends PortalTest {

    private static final long PBH_DN = 5;
    private static final long LUC_NAM = 11;
    private static final long SON_DONG = 13;

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void aPlannerCreatesACampaignInStepOneOwnedByThemWithItsFirstDeadlineAndHistory() throws Exception {
        Campaign created = as("kehoach", () -> campaigns.create(draft("Tri ân", null)));

        assertThat(created.getState()).isEqualTo(SEGMENTING);
        assertThat(created.getOwnerName()).isEqualTo("Lê Minh Đức");
        assertThat(created.getStepDeadline()).isEqualTo(today().plusDays(7));
        assertThat(as("kehoach", () -> campaigns.history(id(created)))).singleElement()
                .satisfies(change -> assertThat(change.getToState()).isEqualTo(SEGMENTING));
        assertThat(auditEntries(created, "CREATE")).isEqualTo(1);
    }

    @Test
    void aCampaignCannotTargetASalesManagersSegmentBecauseItWouldCountProvinceWide() throws Exception {
        jdbc.update("""
                INSERT INTO segment (name, owner_id, owner_name, criteria, member_count, district_counts, saved_at)
                SELECT 'Khách hàng VIP của Lục Nam (trưởng phòng)', id, full_name,
                    '{"groups":[{"criteria":[{"type":"VIP_TIERS","tiers":["GOLD","DIAMOND"]}]}]}', 0, '{}', NOW(6)
                FROM user_account WHERE username = 'lucnam.truongphong'""");
        long managers = jdbc.queryForObject("SELECT MAX(id) FROM segment WHERE name = ?", Long.class,
                "Khách hàng VIP của Lục Nam (trưởng phòng)");

        assertThatThrownBy(() -> as("kehoach", () -> campaigns.create(draft("Phân loại của huyện", managers))))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.guard.segmentScope");
        Campaign planners = as("kehoach", () -> campaigns.create(draft("Phân loại toàn tỉnh", LONG_TENURE_SEGMENT)));
        Campaign edited = as("kehoach", () -> campaigns.get(id(planners)));
        edited.setSegmentId(managers);
        assertThatThrownBy(() -> as("kehoach", () -> campaigns.update(edited))).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.guard.segmentScope");
        assertThat(as("kehoach", () -> campaigns.get(id(planners))).getSegmentId()).isEqualTo(LONG_TENURE_SEGMENT);
    }

    @Test
    void onlyPlannersCreateCampaigns() {
        signIn("giamdoc");
        assertThatThrownBy(() -> campaigns.create(draft("Tri ân", null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        signIn("kehoach");
        Campaign draft = draft("Sai thời gian", null);
        draft.setPeriodEnd(draft.getPeriodStart());

        assertThatThrownBy(() -> campaigns.create(draft)).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.guard.periodOrder");
    }

    @Test
    void aCampaignLeavesStepOneOnlyWithASegmentAnObjectiveAndAPeriod() throws Exception {
        Campaign noSegment = as("kehoach", () -> campaigns.create(draft("Chưa phân loại", null)));
        assertRefused("kehoach", noSegment, ORIENTATION, null, "campaign.guard.segment");

        Campaign noObjective = draft("Chưa mục tiêu", LONG_TENURE_SEGMENT);
        noObjective.setObjective(" ");
        Campaign saved = as("kehoach", () -> campaigns.create(noObjective));
        assertRefused("kehoach", saved, ORIENTATION, null, "campaign.guard.objective");

        Campaign noPeriod = draft("Chưa thời gian", LONG_TENURE_SEGMENT);
        noPeriod.setPeriodEnd(null);
        Campaign savedNoPeriod = as("kehoach", () -> campaigns.create(noPeriod));
        assertRefused("kehoach", savedNoPeriod, ORIENTATION, null, "campaign.guard.period");
    }

    @ParameterizedTest(name = "{0} may not move a campaign from {1} to {2}")
    @CsvSource({
            "giamdoc,            SEGMENTING,  ORIENTATION, campaign.refused.START_ORIENTATION",
            "giamsat,            ORIENTATION, PLANNING,    campaign.refused.START_PLANNING",
            "giamdoc,            PLANNING,    APPRAISAL,   campaign.refused.SUBMIT",
            "kehoach,            APPRAISAL,   READINESS,   campaign.refused.APPROVE",
            "lucnam.truongphong, APPRAISAL,   READINESS,   campaign.refused.APPROVE",
            "kehoach,            APPRAISAL,   RETURNED,    campaign.refused.RETURN",
            "kehoach,            APPRAISAL,   CANCELLED,   campaign.refused.REJECT",
            "giamdoc,            APPRAISAL,   READINESS,   campaign.refused.appraisalOnly",
            "giamdoc,            APPRAISAL,   RETURNED,    campaign.refused.appraisalOnly",
            "giamdoc,            APPRAISAL,   CANCELLED,   campaign.refused.appraisalOnly",
            "giamdoc,            RETURNED,    PLANNING,    campaign.refused.REWORK",
            "kehoach,            READINESS,   EXECUTION,   campaign.guard.unitsNotReady",
            "kehoach,            EXECUTION,   SUPERVISION, campaign.refused.START_SUPERVISION",
            "giamsat,            SUPERVISION, EVALUATION,  campaign.refused.START_EVALUATION",
            "kehoach,            EVALUATION,  CLOSED,      campaign.refused.CLOSE",
            "kehoach,            PLANNING,    CANCELLED,   campaign.refused.CANCEL",
            "giamdoc,            SEGMENTING,  PLANNING,    campaign.refused.noSuchMove",
            "giamdoc,            APPRAISAL,   EXECUTION,   campaign.refused.noSuchMove",
            "kehoach,            RETURNED,    APPRAISAL,   campaign.refused.noSuchMove"})
    void aMoveByTheWrongRoleOrBetweenUnlinkedStepsIsRefusedAndChangesNothing(String username, CampaignState from,
            CampaignState to, String reason) throws Exception {
        Campaign campaign = campaignIn(from);
        if ("lucnam.truongphong".equals(username)) {
            assertThatThrownBy(() -> as(username, () -> campaigns.move(id(campaign), campaign.getVersion(), to,
                    "Ý kiến"))).isInstanceOf(AccessDeniedException.class);
            return;
        }
        assertRefused(username, campaign, to, "Ý kiến", reason);
    }

    @Test
    void returningOrRejectingAPlanNeedsAReason() throws Exception {
        Campaign campaign = campaignIn(APPRAISAL);
        assertRefused("giamdoc", campaign, RETURNED, "  ", "campaign.comment.required");
        assertRefused("giamdoc", campaign, CANCELLED, null, "campaign.comment.required");
        assertThat(as("giamdoc", () -> appraisals.appraisals(id(campaign)))).isEmpty();
    }

    @Test
    void theRefusalOfAMoveNamesTheGuardThatTheMoveItselfWouldRaise() throws Exception {
        Campaign planning = campaignIn(PLANNING);
        assertThat(as("kehoach", () -> campaigns.refusal(planning, CampaignTransition.SUBMIT)))
                .hasValueSatisfying(refused -> assertThat(refused.messageKey()).isEqualTo("campaign.guard.shares"));
        assertRefused("kehoach", planning, APPRAISAL, null, "campaign.guard.shares");

        Campaign ready = campaignIn(READINESS);
        assertThat(as("kehoach", () -> campaigns.refusal(ready, CampaignTransition.START_EXECUTION)))
                .hasValueSatisfying(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("campaign.guard.unitsNotReady");
                    assertThat(refused.arguments()).containsExactly(0L,
                            (long) jdbc.queryForObject("SELECT COUNT(*) FROM unit_readiness WHERE campaign_id = ?",
                                    Long.class, id(ready)));
                });
        assertThat(as("giamdoc", () -> campaigns.refusal(ready, CampaignTransition.START_EXECUTION))).isEmpty();
        assertThat(as("giamdoc", () -> campaigns.refusal(ready, CampaignTransition.CANCEL))).isEmpty();
        assertThat(as("giamsat", () -> campaigns.refusal(ready, CampaignTransition.CANCEL)))
                .hasValueSatisfying(refused -> assertThat(refused.messageKey()).isEqualTo("campaign.refused.CANCEL"));
    }

    @Test
    void theWholeLifeCycleWritesAHistoryLineAndAnAuditEntryForEveryMove() throws Exception {
        Campaign campaign = campaignIn(SEGMENTING);
        campaign = move("kehoach", campaign, ORIENTATION, null);
        campaign = move("kehoach", campaign, PLANNING, null);
        long planned = id(campaign);
        as("kehoach", () -> {
            PlanFixture.prepareForSubmission(plans, jdbc, planned);
            return null;
        });
        campaign = move("kehoach", campaign, APPRAISAL, null);
        campaign = move("giamdoc", campaign, RETURNED, "Thiếu chỉ tiêu cho từng huyện");
        assertThat(campaign.getReturnedReason()).isEqualTo("Thiếu chỉ tiêu cho từng huyện");
        assertThat(campaign.getStepDeadline()).isEqualTo(today().plusDays(5));
        campaign = move("kehoach", campaign, PLANNING, null);
        assertThat(campaign.getReturnedReason()).isNull();
        campaign = move("kehoach", campaign, APPRAISAL, null);
        campaign = move("giamdoc", campaign, READINESS, null);
        campaign = move("giamdoc", campaign, EXECUTION, "Các đơn vị đã sẵn sàng theo báo cáo miệng");
        campaign = move("giamsat", campaign, SUPERVISION, null);
        campaign = move("kehoach", campaign, EVALUATION, null);
        // the planner's evaluation report submitted (module report) and the budget settled (module settlement)
        // let the Director close without a reason
        jdbc.update("INSERT INTO evaluation (campaign_id, conclusions, state) VALUES (?, 'Đạt mục tiêu.', 'SUBMITTED')",
                id(campaign));
        SettlementFixture.settledInFull(jdbc, id(campaign));
        campaign = move("giamdoc", campaign, CLOSED, null);

        assertThat(campaign.getStepDeadline()).isNull();
        Campaign closed = campaign;
        assertThat(as("giamdoc", () -> campaigns.history(id(closed)))).extracting(StateChange::getToState)
                .containsExactly(SEGMENTING, ORIENTATION, PLANNING, APPRAISAL, RETURNED, PLANNING, APPRAISAL,
                        READINESS, EXECUTION, SUPERVISION, EVALUATION, CLOSED);
        assertThat(auditEntries(closed, "STATE_CHANGE")).isEqualTo(11);
        assertThat(jdbc.queryForObject("SELECT comment FROM campaign_transition WHERE campaign_id = ? "
                + "AND to_state = 'RETURNED'", String.class, id(closed))).isEqualTo("Thiếu chỉ tiêu cho từng huyện");
    }

    @Test
    void theDirectorRejectsAPlanOrCancelsAnOpenCampaignWithAReason() throws Exception {
        Campaign rejected = move("giamdoc", campaignIn(APPRAISAL), CANCELLED, "Không phù hợp ngân sách năm");
        Campaign cancelled = move("giamdoc", campaignIn(EXECUTION), CANCELLED, "Dừng theo chỉ đạo của Tập đoàn");

        assertThat(rejected.getState()).isEqualTo(CANCELLED);
        assertThat(cancelled.getState()).isEqualTo(CANCELLED);
        assertThat(cancelled.getStepDeadline()).isNull();
    }

    @Test
    void aMoveFromAStaleVersionIsRefusedAndNothingChanges() throws Exception {
        Campaign campaign = campaignIn(SEGMENTING);
        Campaign edited = as("kehoach", () -> campaigns.get(id(campaign)));
        edited.setObjective("Mục tiêu mới");
        as("kehoach", () -> campaigns.update(edited));

        assertThatThrownBy(() -> move("kehoach", campaign, ORIENTATION, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Campaign stored = as("kehoach", () -> campaigns.get(id(campaign)));
        assertThat(stored.getState()).isEqualTo(SEGMENTING);
        assertThat(as("kehoach", () -> campaigns.history(id(campaign)))).hasSize(1);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
        Campaign campaign = campaignIn(SEGMENTING);
        Campaign first = as("kehoach", () -> campaigns.get(id(campaign)));
        Campaign second = as("kehoach2", () -> campaigns.get(id(campaign)));
        first.setObjective("Bản của chị Trang");
        second.setObjective("Bản của anh Đức");
        as("kehoach", () -> campaigns.update(first));

        assertThatThrownBy(() -> as("kehoach2", () -> campaigns.update(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as("kehoach", () -> campaigns.get(id(campaign))).getObjective()).isEqualTo("Bản của chị Trang");
    }

    @Test
    void aCampaignPastAppraisalCannotBeEdited() throws Exception {
        Campaign campaign = campaignIn(READINESS);
        campaign.setName("Tên mới");
        assertThatThrownBy(() -> as("kehoach", () -> campaigns.update(campaign))).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.edit.locked");
    }

    @Test
    void salesManagersAndCareStaffSeeOnlyCampaignsInTheField() throws Exception {
        long planning = CampaignFixture.inState(jdbc, "Lục Nam đang lập kế hoạch", PLANNING, LUC_NAM);
        long executing = CampaignFixture.inState(jdbc, "Lục Nam đang thực hiện", EXECUTION, LUC_NAM);

        for (String username : new String[] {"lucnam.truongphong", "lucnam.cskh1"}) {
            assertThat(as(username, () -> campaigns.board(CampaignFilter.none()))).extracting(Campaign::getId)
                    .contains(executing).doesNotContain(planning);
            assertThat(as(username, () -> campaigns.board(CampaignFilter.none())))
                    .allMatch(campaign -> campaign.getState() == READINESS
                            || campaign.getState().step() != null && campaign.getState().step() >= 6);
            assertThatThrownBy(() -> as(username, () -> campaigns.get(planning)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("giamsat", () -> campaigns.board(CampaignFilter.none()))).extracting(Campaign::getId)
                .contains(planning, executing);
        assertThatThrownBy(() -> as("ttvt.lucnam", () -> campaigns.board(CampaignFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0} sees a campaign their unit takes part in and not another unit's")
    @CsvSource({"lucnam.truongphong", "lucnam.cskh1", "lucnam.cskh2"})
    void aLucNamManagerOrCareStaffMemberSeesOnlyCampaignsWithALucNamShare(String username) throws Exception {
        long ours = CampaignFixture.inState(jdbc, "Lục Nam và Sơn Động thực hiện", EXECUTION, SON_DONG, LUC_NAM);
        long theirs = CampaignFixture.inState(jdbc, "Sơn Động và PBH DN thực hiện", EXECUTION, SON_DONG, PBH_DN);
        long evaluated = CampaignFixture.inState(jdbc, "Lục Nam đang đánh giá", EVALUATION, LUC_NAM);

        assertThat(as(username, () -> campaigns.board(CampaignFilter.none()))).extracting(Campaign::getId)
                .contains(ours, evaluated).doesNotContain(theirs);
        assertThat(as(username, () -> campaigns.get(ours)).getId()).isEqualTo(ours);
        assertThatThrownBy(() -> as(username, () -> campaigns.get(theirs))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(username, () -> campaigns.history(theirs)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(username, () -> campaigns.units())).extracting(CampaignUnit::id).contains(LUC_NAM)
                .doesNotContain(PBH_DN);
    }

    @Test
    void aSalesManagerSeesACampaignInReadinessOnlyWhenTheirUnitHasAShare() throws Exception {
        long ours = CampaignFixture.inState(jdbc, "Lục Nam chuẩn bị", READINESS, LUC_NAM);
        long theirs = CampaignFixture.inState(jdbc, "Sơn Động chuẩn bị", READINESS, SON_DONG);

        assertThat(as("lucnam.truongphong", () -> campaigns.board(CampaignFilter.none())))
                .extracting(Campaign::getId).contains(ours).doesNotContain(theirs);
        assertThatThrownBy(() -> as("lucnam.truongphong", () -> campaigns.get(theirs)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("lucnam.cskh1", () -> campaigns.board(CampaignFilter.none()))).extracting(Campaign::getId)
                .doesNotContain(ours, theirs);
    }

    @Test
    void theEnterpriseSalesDepartmentSeesItsOwnCampaignsAndNotADistrictsOnes() throws Exception {
        long enterprise = CampaignFixture.inState(jdbc, "Thăm doanh nghiệp", EXECUTION, PBH_DN);
        long district = CampaignFixture.inState(jdbc, "Lục Nam thăm hỏi", EXECUTION, LUC_NAM);

        for (String username : new String[] {"pbhdn.truongphong", "pbhdn.cskh"}) {
            assertThat(as(username, () -> campaigns.board(CampaignFilter.none()))).extracting(Campaign::getId)
                    .contains(enterprise).doesNotContain(district);
            assertThatThrownBy(() -> as(username, () -> campaigns.get(district)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aSalesManagersBoardIsOneStatementWhateverTheNumberOfCampaigns() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        CampaignFixture.inState(jdbc, "Lục Nam thực hiện", EXECUTION, LUC_NAM);
        signIn("lucnam.truongphong");
        statistics.clear();
        int few = campaigns.board(CampaignFilter.none()).size();
        long fewStatements = statistics.getPrepareStatementCount();

        for (int i = 0; i < 5; i++) {
            CampaignFixture.inState(jdbc, "Lục Nam giám sát", SUPERVISION, LUC_NAM, SON_DONG);
        }
        statistics.clear();
        int more = campaigns.board(CampaignFilter.none()).size();
        long moreStatements = statistics.getPrepareStatementCount();

        assertThat(more).isEqualTo(few + 5);
        assertThat(fewStatements).isEqualTo(1);
        assertThat(moreStatements).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} sees every unit's campaigns")
    @CsvSource({"kehoach", "giamsat", "giamdoc", "admin"})
    void planningSupervisionTheDirectorAndAdminsSeeCampaignsOfEveryUnit(String username) throws Exception {
        long lucNam = CampaignFixture.inState(jdbc, "Lục Nam thực hiện", EXECUTION, LUC_NAM);
        long sonDong = CampaignFixture.inState(jdbc, "Sơn Động thực hiện", EXECUTION, SON_DONG);
        long noShare = CampaignFixture.inState(jdbc, "Chưa chia phần", PLANNING);

        assertThat(as(username, () -> campaigns.board(CampaignFilter.none()))).extracting(Campaign::getId)
                .contains(lucNam, sonDong, noShare);
        assertThat(as(username, () -> campaigns.get(sonDong)).getId()).isEqualTo(sonDong);
    }

    @Test
    void theDirectorWaitsOnAppraisalsAndReportsSubmittedAndAPlannerOnTheirReturnedLateAndUnreportedCampaigns() throws Exception {
        Campaign toAppraise = campaignIn(APPRAISAL);
        Campaign toClose = campaignIn(EVALUATION);
        jdbc.update("INSERT INTO evaluation (campaign_id, conclusions, state) VALUES (?, 'Đạt mục tiêu.', 'SUBMITTED')",
                id(toClose));
        SettlementFixture.settledInFull(jdbc, id(toClose));
        Campaign reporting = campaignIn(EVALUATION);
        Campaign returned = campaignIn(RETURNED);
        Campaign late = campaignIn(PLANNING);
        jdbc.update("UPDATE campaign SET step_deadline = ? WHERE id = ?", today().minusDays(1), id(late));
        Campaign onTime = campaignIn(PLANNING);

        signIn("giamdoc");
        assertThat(campaigns.waitingOn(signIn("giamdoc"))).contains(toAppraise, toClose)
                .doesNotContain(returned, late, reporting);
        assertThat(campaigns.waitingOn(signIn("kehoach"))).contains(returned, late, reporting)
                .doesNotContain(toAppraise, onTime, toClose);
        assertThat(campaigns.waitingOn(signIn("kehoach2"))).doesNotContain(returned, late);
        assertThat(campaigns.board(new CampaignFilter(null, null, null, null, true))).doesNotContain(returned);
        assertThat(campaigns.waitingOn(signIn("ttvt.lucnam"))).isEmpty();
    }

    @Test
    void theBoardFiltersByTypeOwnerAndPeriod() throws Exception {
        Campaign campaign = campaignIn(SEGMENTING);
        LocalDate start = campaign.getPeriodStart();
        signIn("giamdoc");

        assertThat(campaigns.board(new CampaignFilter(ProgrammeType.GRATITUDE, campaign.getOwnerId(), start,
                start, false))).contains(campaign);
        assertThat(campaigns.board(new CampaignFilter(ProgrammeType.TET_GIFT, null, null, null, false)))
                .doesNotContain(campaign);
        assertThat(campaigns.board(new CampaignFilter(null, null, campaign.getPeriodEnd().plusDays(1), null, false)))
                .doesNotContain(campaign);
    }

    /** A new campaign of kehoach's walked by the right roles to the given state. */
    private Campaign campaignIn(CampaignState target) throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc,
                as("kehoach", () -> campaigns.create(draft("Chương trình thử", LONG_TENURE_SEGMENT))));
        CampaignState[] path = target == RETURNED
                ? new CampaignState[] {ORIENTATION, PLANNING, APPRAISAL, RETURNED}
                : new CampaignState[] {ORIENTATION, PLANNING, APPRAISAL, READINESS, EXECUTION, SUPERVISION,
                        EVALUATION};
        for (CampaignState next : path) {
            if (campaign.getState() == target) {
                break;
            }
            CampaignTransition transition = CampaignTransition.between(campaign.getState(), next).orElseThrow();
            String actor = switch (transition.role()) {
                case DIRECTOR -> "giamdoc";
                case SUPERVISOR -> "giamsat";
                default -> "kehoach";
            };
            if (transition == CampaignTransition.SUBMIT) {
                long planned = id(campaign);
                as("kehoach", () -> {
                    PlanFixture.prepareForSubmission(plans, jdbc, planned);
                    return null;
                });
            }
            campaign = move(actor, campaign, next, transition.commentRequired() ? "Lý do thử" : null);
        }
        return campaign;
    }

    /** Moves as the user; step 4's decisions through the scored appraisal. */
    private Campaign move(String username, Campaign campaign, CampaignState to, @Nullable String comment)
            throws Exception {
        return as(username, () -> CampaignFixture.move(campaigns, appraisals, campaign, to, comment));
    }

    /** The plain move is refused with the reason (a decision by the Director: its appraisal is refused so). */
    private void assertRefused(String username, Campaign campaign, CampaignState to, @Nullable String comment,
                               String reason) throws Exception {
        boolean appraisal = username.equals("giamdoc") && campaign.getState() == APPRAISAL
                && !reason.equals("campaign.refused.appraisalOnly");
        assertThatThrownBy(() -> {
            if (appraisal) {
                move(username, campaign, to, comment);
            } else {
                as(username, () -> campaigns.move(id(campaign), campaign.getVersion(), to, comment));
            }
        }).isInstanceOf(RuleViolation.class).hasMessage(reason);
        Campaign stored = as("admin", () -> campaigns.get(id(campaign)));
        assertThat(stored.getState()).isEqualTo(campaign.getState());
        assertThat(stored.getVersion()).isEqualTo(campaign.getVersion());
    }

    private int auditEntries(Campaign campaign, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Campaign' AND entity_id = ? "
                + "AND action = ?", Integer.class, String.valueOf(id(campaign)), action);
    }

    private static LocalDate today() {
        return LocalDate.now(VnFormats.ZONE);
    }
}
