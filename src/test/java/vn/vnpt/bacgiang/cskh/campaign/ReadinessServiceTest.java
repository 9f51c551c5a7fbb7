package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.LONG_TENURE_SEGMENT;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.draft;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.id;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignState.*;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

class ReadinessServiceTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private ReadinessService readiness;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void enteringReadinessOpensAChecklistForEveryExecutingUnitAndEachManagerSeesOnlyTheirOwn() throws Exception {
        Campaign campaign = inReadiness();
        List<UnitReadiness> units = as("kehoach", () -> readiness.units(id(campaign)));

        assertThat(units).extracting(UnitReadiness::getUnitId).containsExactlyInAnyOrderElementsOf(
                as("kehoach", () -> plans.shares(id(campaign))).stream().map(CampaignShare::getUnitId).toList());
        assertThat(units).noneMatch(UnitReadiness::isConfirmed);
        assertThat(as("giamdoc", () -> readiness.units(id(campaign)))).hasSameSizeAs(units);
        UnitReadiness first = units.get(0);
        assertThat(as(managerOf(first), () -> readiness.units(id(campaign)))).containsExactly(first);
    }

    @Test
    void theChecklistMustBeCompleteToConfirmAndSavingItIsAudited() throws Exception {
        Campaign campaign = inReadiness();
        UnitReadiness unit = units(campaign).get(0);
        String manager = managerOf(unit);

        UnitReadiness partial = unit.copy();
        partial.setStaffAssigned(true);
        partial.setBudgetReceived(true);
        partial.setListBriefed(true);
        assertThatThrownBy(() -> as(manager, () -> readiness.confirm(partial))).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.readiness.incomplete");
        assertThat(units(campaign).get(0).isConfirmed()).isFalse();

        UnitReadiness saved = as(manager, () -> readiness.save(partial));
        assertThat(saved.isListBriefed()).isTrue();
        assertThat(saved.isConfirmed()).isFalse();
        UnitReadiness confirmed = as(manager, () -> readiness.confirm(complete(saved)));
        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(confirmed.getConfirmedByName()).isNotBlank();
        assertThat(audit(confirmed, "UPDATE")).isEqualTo(1);
        assertThat(audit(confirmed, "STATE_CHANGE")).isEqualTo(1);
    }

    @Test
    void aManagerOfAnotherDistrictOrCareStaffCannotConfirm() throws Exception {
        Campaign campaign = inReadiness();
        List<UnitReadiness> units = units(campaign);
        UnitReadiness unit = units.get(0);
        String other = managerOf(units.get(1));

        assertThatThrownBy(() -> as(other, () -> readiness.confirm(complete(unit))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lucnam.cskh1", () -> readiness.confirm(complete(unit))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kehoach", () -> readiness.confirm(complete(unit))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(units(campaign).get(0).isConfirmed()).isFalse();
    }

    @Test
    void aStaleChecklistIsRefusedAndTheFirstSaveIsKept() throws Exception {
        Campaign campaign = inReadiness();
        UnitReadiness unit = units(campaign).get(0);
        String manager = managerOf(unit);
        UnitReadiness first = unit.copy();
        first.setStaffAssigned(true);
        UnitReadiness second = unit.copy();
        second.setScheduleSet(true);

        as(manager, () -> readiness.save(first));
        assertThatThrownBy(() -> as(manager, () -> readiness.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        UnitReadiness stored = units(campaign).get(0);
        assertThat(stored.isStaffAssigned()).isTrue();
        assertThat(stored.isScheduleSet()).isFalse();
    }

    @Test
    void thePlannerStartsExecutionOnlyOnceEveryUnitIsReady() throws Exception {
        Campaign campaign = inReadiness();
        List<UnitReadiness> units = units(campaign);
        for (UnitReadiness unit : units.subList(0, units.size() - 1)) {
            as(managerOf(unit), () -> readiness.confirm(complete(unit)));
        }
        assertThatThrownBy(() -> move("kehoach", campaign, EXECUTION, null)).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.guard.unitsNotReady");
        assertThat(stored(campaign).getState()).isEqualTo(READINESS);

        UnitReadiness last = units.get(units.size() - 1);
        as(managerOf(last), () -> readiness.confirm(complete(last)));
        Campaign executing = move("kehoach", stored(campaign), EXECUTION, null);
        assertThat(executing.getState()).isEqualTo(EXECUTION);

        // once the campaign has left readiness the checklist is frozen
        UnitReadiness frozen = units(campaign).get(0);
        assertThatThrownBy(() -> as(managerOf(frozen), () -> readiness.save(frozen.copy())))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.readiness.locked");
    }

    @Test
    void theManagerWithdrawsAConfirmationAuditedUntilExecutionStartsAndNotAfter() throws Exception {
        Campaign campaign = inReadiness();
        UnitReadiness unit = units(campaign).get(0);
        String manager = managerOf(unit);
        UnitReadiness confirmed = as(manager, () -> readiness.confirm(complete(unit)));

        UnitReadiness withdrawn = as(manager, () -> readiness.withdraw(confirmed.copy()));
        assertThat(withdrawn.isConfirmed()).isFalse();
        assertThat(withdrawn.isScheduleSet()).isTrue();
        assertThat(audit(withdrawn, "STATE_CHANGE")).isEqualTo(2);
        assertThatThrownBy(() -> as(manager, () -> readiness.withdraw(units(campaign).get(0).copy())))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.readiness.notConfirmed");
        assertThatThrownBy(() -> as(managerOf(units(campaign).get(1)), () -> readiness.withdraw(confirmed.copy())))
                .isInstanceOf(AccessDeniedException.class);

        UnitReadiness again = as(manager, () -> readiness.confirm(complete(units(campaign).get(0))));
        move("giamdoc", stored(campaign), EXECUTION, "Các đơn vị còn lại sẵn sàng theo báo cáo miệng");
        assertThatThrownBy(() -> as(manager, () -> readiness.withdraw(again.copy())))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.readiness.locked");
        assertThat(units(campaign).get(0).isConfirmed()).isTrue();
    }

    @Test
    void theDirectorOverridesUnreadyUnitsOnlyWithAReason() throws Exception {
        Campaign campaign = inReadiness();

        assertThatThrownBy(() -> move("giamdoc", campaign, EXECUTION, " ")).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.comment.required");
        Campaign executing = move("giamdoc", stored(campaign), EXECUTION, "Các đơn vị đã sẵn sàng theo báo cáo miệng");
        assertThat(executing.getState()).isEqualTo(EXECUTION);
    }

    @Test
    void aDistrictManagerSeesTheCampaignWaitingOnThemUntilTheyConfirm() throws Exception {
        Campaign campaign = inReadiness();
        UnitReadiness unit = units(campaign).get(0);
        String manager = managerOf(unit);

        assertThat(as(manager, () -> campaigns.board(CampaignFilter.none()))).contains(campaign);
        assertThat(as(manager, () -> campaigns.get(id(campaign))).getState()).isEqualTo(READINESS);
        assertThat(campaigns.waitingOn(signIn(manager))).contains(campaign);

        as(manager, () -> readiness.confirm(complete(unit)));
        assertThat(campaigns.waitingOn(signIn(manager))).doesNotContain(campaign);
        assertThat(as("ttvt.lucnam", () -> campaigns.waitingOn(signIn("ttvt.lucnam")))).doesNotContain(campaign);
    }

    private static UnitReadiness complete(UnitReadiness unit) {
        UnitReadiness copy = unit.copy();
        copy.setStaffAssigned(true);
        copy.setBudgetReceived(true);
        copy.setListBriefed(true);
        copy.setScheduleSet(true);
        return copy;
    }

    private List<UnitReadiness> units(Campaign campaign) throws Exception {
        return as("kehoach", () -> readiness.units(id(campaign)));
    }

    private String managerOf(UnitReadiness unit) {
        return jdbc.queryForObject("SELECT a.username FROM user_account a JOIN user_role r ON r.user_id = a.id "
                + "WHERE r.role = 'SALES_MANAGER' AND a.unit_id = ? ORDER BY a.id LIMIT 1", String.class,
                unit.getUnitId());
    }

    private int audit(UnitReadiness unit, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'UnitReadiness' "
                + "AND entity_id = ? AND action = ?", Integer.class, String.valueOf(unit.getId()), action);
    }

    private Campaign stored(Campaign campaign) throws Exception {
        return as("admin", () -> campaigns.get(id(campaign)));
    }

    /** A new campaign of kehoach's, planned and approved: in step 5 with a checklist per executing unit. */
    private Campaign inReadiness() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc,
                as("kehoach", () -> campaigns.create(draft("Chương trình sẵn sàng", LONG_TENURE_SEGMENT))));
        campaign = move("kehoach", campaign, ORIENTATION, null);
        campaign = move("kehoach", campaign, PLANNING, null);
        long planned = id(campaign);
        as("kehoach", () -> {
            PlanFixture.prepareForSubmission(plans, jdbc, planned);
            return null;
        });
        campaign = move("kehoach", campaign, APPRAISAL, null);
        Campaign approved = move("giamdoc", campaign, READINESS, null);
        assertThat(units(approved)).hasSizeGreaterThan(1);
        return approved;
    }

    private Campaign move(String username, Campaign campaign, CampaignState to, @Nullable String comment)
            throws Exception {
        return as(username, () -> CampaignFixture.move(campaigns, appraisals, campaign, to, comment));
    }
}
