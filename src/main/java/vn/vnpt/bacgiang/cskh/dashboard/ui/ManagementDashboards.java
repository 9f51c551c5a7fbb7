package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.execution.UnitFigures;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverLoad;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardService;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardSummary;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;
import vn.vnpt.bacgiang.cskh.supervision.ActionFilter;
import vn.vnpt.bacgiang.cskh.supervision.ActionRow;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;

/**
 * The home page's dashboard of the centre's managers: the Director's of the province ({@link DirectorDashboard}),
 * ĐHNV's planners' and supervisors' of their campaigns and inspections ({@link OperationsDashboard}). Each reads
 * through the same services as the lists its figures link to, so a figure and its list count alike.
 */
@org.springframework.stereotype.Component
class ManagementDashboards {

    /** Hand-offs sent since then count as "all" for the overdue figure, which the queue shows whatever their age. */

    private final CampaignService campaigns;
    private final UnitFigures unitFigures;
    private final HandoffService handoffs;
    private final FindingService findings;
    private final InspectionService inspections;
    private final ScorecardService scorecard;
    private final Clock clock;

    ManagementDashboards(CampaignService campaigns, UnitFigures unitFigures, HandoffService handoffs,
                         FindingService findings, InspectionService inspections, ScorecardService scorecard,
                         Clock clock) {
        this.campaigns = campaigns;
        this.unitFigures = unitFigures;
        this.handoffs = handoffs;
        this.findings = findings;
        this.inspections = inspections;
        this.scorecard = scorecard;
        this.clock = clock;
    }

    /** The user's dashboard, or none for a role whose home page has no dashboard here. */
    Optional<Component> of(PortalUser user) {
        if (user.hasRole(Role.DIRECTOR)) {
            return Optional.of(new DirectorDashboard(director()));
        }
        if (user.hasRole(Role.PLANNER) || user.hasRole(Role.SUPERVISOR)) {
            return Optional.of(new OperationsDashboard(user, campaigns, inspections, findings.actions(ActionFilter.none()),
                    scorecard.summary(), LocalDate.now(clock), clock.instant()));
        }
        return Optional.empty();
    }

    /** Everything the Director's dashboard shows, read in one go (the benchmark times this). */
    Director director() {
        LocalDate today = LocalDate.now(clock);
        return new Director(campaigns.board(CampaignFilter.none()), campaigns.boardStates(), today, clock.instant(),
                unitFigures.live(), handoffs.openByReceiver(),
                handoffs.slaByReceiver(today.withDayOfMonth(1), today), findings.actions(ActionFilter.none()),
                scorecard.summary());
    }

    record Director(List<Campaign> campaigns, List<CampaignState> states, LocalDate today, Instant now,
                    UnitFigures.Snapshot unitFigures, List<ReceiverLoad> openHandoffs, List<ReceiverSla> slaThisMonth,
                    List<ActionRow> actions, ScorecardSummary scorecard) {
    }
}
