package vn.vnpt.bacgiang.cskh.campaign;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.notice.Notice;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;
import vn.vnpt.bacgiang.cskh.security.Permission;

/**
 * Tells the people who now have to act that a campaign moved (docs/decisions/0018): the Directors of
 * a submitted plan, its planners of the decision, each executing unit's managers of their checklist and
 * of the tasks to assign, the supervisors of step 7, the owner of step 8. Sent inside the move's
 * transaction, so a notice exists only for a move that was made; never to the user who made it.
 * Texts are message keys read in the reader's language; links are routes, those of step 6 by path.
 */
@Component
class MoveNotices {

    private static final String MEMBERS_PER_UNIT = "SELECT m.unit_id, u.name, COUNT(*) FROM campaign_member m "
            + "JOIN unit u ON u.id = m.unit_id WHERE m.campaign_id = ? GROUP BY m.unit_id, u.name ORDER BY u.name";

    private final CampaignRepository campaigns;
    private final StateChangeRepository history;
    private final UnitReadinessRepository readiness;
    private final NoticeService notices;
    private final JdbcTemplate jdbc;

    MoveNotices(CampaignRepository campaigns, StateChangeRepository history, UnitReadinessRepository readiness,
                NoticeService notices, JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.history = history;
        this.readiness = readiness;
        this.notices = notices;
        this.jdbc = jdbc;
    }

    @EventListener
    void onMove(CampaignMoved moved) {
        Campaign campaign = campaigns.findById(moved.campaignId()).orElseThrow();
        List<StateChange> changes = history.findByCampaignIdOrderByAtAscIdAsc(moved.campaignId());
        String name = campaign.getName();
        String reason = Objects.requireNonNullElse(moved.comment(), "");
        switch (moved.to()) {
            case APPRAISAL -> notices.sendToOthersWhoCan(null, Permission.APPRAISE, moved.actorId(), Notice.CAMPAIGN,
                    wasReturned(changes) ? "campaign.notice.resubmitted" : "campaign.notice.submitted",
                    List.of(name, changes.getLast().getActorName()), page(campaign));
            case RETURNED -> toPlanners(campaign, changes, moved, "campaign.notice.returned", List.of(name, reason));
            case READINESS -> {
                toPlanners(campaign, changes, moved, "campaign.notice.approved", List.of(name));
                toChecklists(campaign, moved);
            }
            case EXECUTION -> toAssigners(campaign, moved);
            case SUPERVISION -> notices.sendToOthersWhoCan(null, Permission.INSPECT, moved.actorId(), Notice.CAMPAIGN,
                    "campaign.notice.supervision", List.of(name), page(campaign));
            case EVALUATION -> toOwner(campaign, moved, "campaign.notice.evaluation", List.of(name));
            case CANCELLED -> toPlanners(campaign, changes, moved, moved.from() == CampaignState.APPRAISAL
                    ? "campaign.notice.rejected" : "campaign.notice.cancelled", List.of(name, reason));
            default -> {
                // steps 1-3 and rework are the planner's own moves; once closed nobody has anything left to do
            }
        }
    }

    /** Whether the plan was returned before: this submission is a resubmission after rework. */
    private static boolean wasReturned(List<StateChange> changes) {
        return changes.stream().anyMatch(change -> change.getToState() == CampaignState.RETURNED);
    }

    /** The campaign's owner and the planner who last submitted its plan. */
    private void toPlanners(Campaign campaign, List<StateChange> changes, CampaignMoved moved, String messageKey,
                            List<String> args) {
        Set<Long> planners = new LinkedHashSet<>(List.of(campaign.getOwnerId()));
        changes.reversed().stream().filter(change -> change.getToState() == CampaignState.APPRAISAL).findFirst()
                .ifPresent(submission -> planners.add(submission.getActorId()));
        planners.stream().filter(planner -> planner != moved.actorId())
                .forEach(planner -> notices.send(planner, Notice.CAMPAIGN, messageKey, args, page(campaign)));
    }

    private void toOwner(Campaign campaign, CampaignMoved moved, String messageKey, List<String> args) {
        if (campaign.getOwnerId() != moved.actorId()) {
            notices.send(campaign.getOwnerId(), Notice.CAMPAIGN, messageKey, args, page(campaign));
        }
    }

    /** Each executing unit's managers: their checklist, just opened, to tick and confirm by the step's deadline. */
    private void toChecklists(Campaign campaign, CampaignMoved moved) {
        String deadline = campaign.getStepDeadline() == null ? "" : VnFormats.date(campaign.getStepDeadline());
        for (UnitReadiness unit : readiness.findByCampaignIdOrderByUnitNameAsc(moved.campaignId())) {
            notices.sendToOthersWhoCan(unit.getUnitId(), Permission.READINESS_CONFIRM, moved.actorId(),
                    Notice.CAMPAIGN, "campaign.notice.readiness", List.of(campaign.getName(), unit.getUnitName(),
                            deadline), page(campaign));
        }
    }

    /** Each executing unit's managers: how many of the campaign's customers became their unit's tasks to assign. */
    private void toAssigners(Campaign campaign, CampaignMoved moved) {
        String assignment = "assignment?campaign=" + moved.campaignId();
        List<UnitMembers> units = jdbc.query(MEMBERS_PER_UNIT,
                (rs, n) -> new UnitMembers(rs.getLong(1), rs.getString(2), rs.getLong(3)), moved.campaignId());
        for (UnitMembers unit : units) {
            notices.sendToOthersWhoCan(unit.id(), Permission.TASK_ASSIGN, moved.actorId(), Notice.CAMPAIGN,
                    "campaign.notice.execution", List.of(campaign.getName(), VnFormats.number(unit.members()),
                            unit.name()), assignment);
        }
    }

    private record UnitMembers(long id, String name, long members) {
    }

    private static String page(Campaign campaign) {
        return "campaign/" + campaign.getId();
    }
}
