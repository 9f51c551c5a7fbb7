package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.LONG_TENURE_SEGMENT;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.draft;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.id;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignState.*;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.customer.CustomersChanged;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

class AppraisalServiceTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SegmentService segments;
    @Autowired
    private SegmentQuery segmentQuery;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void everyCriterionNeedsAScoreFromOneToFiveAndARefusalSavesNothing() throws Exception {
        Campaign campaign = submitted();
        signIn("giamdoc");
        Map<AppraisalCriterion, Integer> missing = new HashMap<>(scores(4));
        missing.remove(AppraisalCriterion.SCRIPT_QUALITY);
        Map<AppraisalCriterion, Integer> tooHigh = new HashMap<>(scores(4));
        tooHigh.put(AppraisalCriterion.OBJECTIVE_FIT, 6);

        assertThatThrownBy(() -> appraisals.decide(id(campaign), campaign.getVersion(), CampaignTransition.APPROVE,
                missing, null)).isInstanceOf(RuleViolation.class).hasMessage("campaign.appraisal.score");
        assertThatThrownBy(() -> appraisals.decide(id(campaign), campaign.getVersion(), CampaignTransition.APPROVE,
                tooHigh, null)).isInstanceOf(RuleViolation.class).hasMessage("campaign.appraisal.score");
        assertThatThrownBy(() -> appraisals.decide(id(campaign), campaign.getVersion(), CampaignTransition.RETURN,
                scores(3), " ")).isInstanceOf(RuleViolation.class).hasMessage("campaign.comment.required");

        assertThat(appraisals.appraisals(id(campaign))).isEmpty();
        assertThat(campaigns.get(id(campaign)).getState()).isEqualTo(APPRAISAL);
    }

    @Test
    void theDecisionIsRecordedWithItsScoresCommentAndTheSubmittedPlanAndTheCampaignMoves() throws Exception {
        Campaign campaign = submitted();
        signIn("giamdoc");

        Appraisal appraisal = appraisals.decide(id(campaign), campaign.getVersion(), CampaignTransition.RETURN,
                scores(2), "Chỉ tiêu quá cao");

        assertThat(campaigns.get(id(campaign)).getState()).isEqualTo(RETURNED);
        assertThat(campaigns.get(id(campaign)).getReturnedReason()).isEqualTo("Chỉ tiêu quá cao");
        Appraisal stored = appraisals.appraisals(id(campaign)).getFirst();
        assertThat(stored.id()).isEqualTo(appraisal.id());
        assertThat(stored.decision()).isEqualTo(CampaignTransition.RETURN);
        assertThat(stored.scores()).isEqualTo(scores(2));
        assertThat(stored.comment()).isEqualTo("Chỉ tiêu quá cao");
        assertThat(stored.actorName()).isNotBlank();
        assertThat(stored.snapshot().quotas()).isNotEmpty();
        assertThat(stored.snapshot().budgetTotal()).isEqualTo(1_500_000);
        assertThat(stored.snapshot().lines()).singleElement()
                .satisfies(line -> assertThat(line.description()).isEqualTo("Quà tri ân"));
        assertThat(stored.snapshot().scripts()).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Appraisal' "
                + "AND entity_id = ?", Integer.class, String.valueOf(appraisal.id()))).isEqualTo(1);
    }

    @Test
    void aResubmittedPlanShowsWhatChangedSinceTheLastAppraisal() throws Exception {
        Campaign campaign = submitted();
        Campaign returned = as("giamdoc", () -> {
            appraisals.decide(id(campaign), campaign.getVersion(), CampaignTransition.RETURN, scores(2),
                    "Giảm chỉ tiêu");
            return campaigns.get(id(campaign));
        });
        signIn("kehoach");
        Campaign reworked = campaigns.move(id(returned), returned.getVersion(), PLANNING, null);
        CampaignShare share = plans.shares(id(campaign)).getFirst().copy();
        long oldQuota = share.getQuota();
        share.setQuota(oldQuota - 1);
        plans.updateShare(share);
        plans.saveLine(PlanFixture.line(id(campaign), "Tin nhắn SMS", 100, 500));
        campaigns.move(id(reworked), reworked.getVersion(), APPRAISAL, null);

        List<PlanChange> changes = as("giamdoc", () -> appraisals.changesSinceLastAppraisal(id(campaign)));

        assertThat(changes).contains(
                new PlanChange(PlanChange.Kind.QUOTA, share.getUnitName(), String.valueOf(oldQuota),
                        String.valueOf(oldQuota - 1)),
                new PlanChange(PlanChange.Kind.BUDGET_TOTAL, "", "1500000", "1550000"));
        assertThat(changes).anySatisfy(change -> assertThat(change.kind()).isEqualTo(PlanChange.Kind.BUDGET_UNIT));
        assertThat(changes).noneSatisfy(change -> assertThat(change.kind()).isEqualTo(PlanChange.Kind.SCRIPT));

        Campaign resubmitted = as("giamdoc", () -> campaigns.get(id(campaign)));
        as("giamdoc", () -> appraisals.decide(id(campaign), resubmitted.getVersion(), CampaignTransition.APPROVE,
                scores(5), "Đồng ý"));
        assertThat(as("giamdoc", () -> appraisals.appraisals(id(campaign)))).extracting(Appraisal::decision)
                .containsExactly(CampaignTransition.APPROVE, CampaignTransition.RETURN);
        assertThat(as("giamdoc", () -> campaigns.get(id(campaign)).getState())).isEqualTo(READINESS);
    }

    @Test
    void onApprovalTheSegmentsMembersAreFrozenAndALaterCustomerIsNotAdded() throws Exception {
        Campaign campaign = submitted();
        signIn("giamdoc");
        var criteria = segments.get(LONG_TENURE_SEGMENT).getCriteria();
        long atApproval = segmentQuery.count(criteria).total();
        assertThat(appraisals.frozenMembers(id(campaign))).isZero();

        appraisals.decide(id(campaign), campaign.getVersion(), CampaignTransition.APPROVE, scores(4), null);

        assertThat(appraisals.frozenMembers(id(campaign))).isEqualTo(atApproval).isPositive();
        Map<Long, Long> sharesByUnit = new HashMap<>();
        plans.shares(id(campaign)).forEach(share -> sharesByUnit.put(share.getUnitId(), share.getMembers()));
        Map<Long, Long> frozenByUnit = new HashMap<>();
        jdbc.query("SELECT unit_id, COUNT(*) AS n FROM campaign_member WHERE campaign_id = ? GROUP BY unit_id",
                row -> {
                    frozenByUnit.put(row.getLong("unit_id"), row.getLong("n"));
                }, id(campaign));
        assertThat(frozenByUnit).isEqualTo(sharesByUnit);

        long member = jdbc.queryForObject("SELECT MIN(customer_id) FROM campaign_member WHERE campaign_id = ?",
                Long.class, id(campaign));
        jdbc.update("INSERT INTO customer (code, name, kind, birth_date, birth_md, phone, district, unit_id, "
                + "unit_path, customer_since, vip_tier, indicators_on) SELECT 'FRZ-LATE-1', 'Khách mới sau duyệt', "
                + "kind, birth_date, birth_md, phone, district, unit_id, unit_path, customer_since, vip_tier, "
                + "indicators_on FROM customer WHERE id = ?", member);
        events.publishEvent(new CustomersChanged()); // as an import of the customer would
        try {
            assertThat(segmentQuery.count(criteria).total()).isEqualTo(atApproval + 1);
            assertThat(appraisals.frozenMembers(id(campaign))).isEqualTo(atApproval);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_member m JOIN customer c "
                    + "ON c.id = m.customer_id WHERE m.campaign_id = ? AND c.code = 'FRZ-LATE-1'", Long.class,
                    id(campaign))).isZero();
        } finally {
            jdbc.update("DELETE FROM customer WHERE code = 'FRZ-LATE-1'");
            events.publishEvent(new CustomersChanged());
        }
    }

    @Test
    void theDirectorCannotApproveReturnOrRejectWithoutTheScoredAppraisal() throws Exception {
        Campaign campaign = submitted();
        signIn("giamdoc");

        for (CampaignState decision : List.of(READINESS, CampaignState.RETURNED, CampaignState.CANCELLED)) {
            assertThatThrownBy(() -> campaigns.move(id(campaign), campaign.getVersion(), decision, "Ý kiến"))
                    .isInstanceOf(RuleViolation.class).hasMessage("campaign.refused.appraisalOnly");
        }
        assertThat(campaigns.get(id(campaign)).getState()).isEqualTo(CampaignState.APPRAISAL);
        assertThat(appraisals.frozenMembers(id(campaign))).isZero();
        assertThat(appraisals.appraisals(id(campaign))).isEmpty();
    }

    @Test
    void aPlannerOrADistrictManagerCannotDecide() throws Exception {
        Campaign campaign = submitted();
        for (String user : List.of("kehoach", "lucnam.truongphong")) {
            signIn(user);
            assertThatThrownBy(() -> appraisals.decide(id(campaign), campaign.getVersion(),
                    CampaignTransition.APPROVE, scores(5), null)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("giamdoc", () -> appraisals.appraisals(id(campaign)))).isEmpty();
    }

    private Campaign submitted() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc,
                as("kehoach", () -> campaigns.create(draft("Thẩm định thử", LONG_TENURE_SEGMENT))));
        return as("kehoach", () -> {
            Campaign moved = campaigns.move(id(campaign), campaign.getVersion(), ORIENTATION, null);
            moved = campaigns.move(id(moved), moved.getVersion(), PLANNING, null);
            PlanFixture.prepareForSubmission(plans, jdbc, id(moved));
            return campaigns.move(id(moved), moved.getVersion(), APPRAISAL, null);
        });
    }

    private static Map<AppraisalCriterion, Integer> scores(int score) {
        Map<AppraisalCriterion, Integer> scores = new EnumMap<>(AppraisalCriterion.class);
        for (AppraisalCriterion criterion : AppraisalCriterion.values()) {
            scores.put(criterion, score);
        }
        return scores;
    }
}
