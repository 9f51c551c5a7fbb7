package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;

/**
 * Runs a move asked for by a drop or a button through the service's guards: asks for a comment
 * where the move needs one, shows a refusal's reason, and reports a move that happened. A drop
 * that would decide an appraisal opens the campaign's scored appraisal instead.
 */
class CampaignMover {

    private final Component owner;
    private final CampaignService campaigns;
    private final Runnable moved;

    CampaignMover(Component owner, CampaignService campaigns, Runnable moved) {
        this.owner = owner;
        this.campaigns = campaigns;
        this.moved = moved;
    }

    void move(Campaign campaign, CampaignState target) {
        if (campaign.getState() == target) {
            return;
        }
        CampaignTransition transition;
        try {
            transition = campaigns.checkMove(campaign, target);
        } catch (RuleViolation refused) {
            Notifications.error(owner.getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        if (transition.leaves(CampaignState.APPRAISAL)) {
            // step 4's decisions are scored: open the campaign page, whose appraisal tab is selected in step 4
            Notifications.success(owner.getTranslation("campaign.board.toAppraisal", campaign.getName()));
            owner.getUI().ifPresent(ui -> ui.navigate("campaign/" + campaign.getId()));
            return;
        }
        if (campaigns.needsComment(campaign, transition)) {
            String title = owner.getTranslation(transition.labelKey()) + ": " + campaign.getName();
            new CommentDialog(title, comment -> run(campaign, target, comment)).open();
        } else {
            run(campaign, target, null);
        }
    }

    private void run(Campaign campaign, CampaignState target, @Nullable String comment) {
        try {
            Campaign after = campaigns.move(Objects.requireNonNull(campaign.getId()), campaign.getVersion(), target,
                    comment);
            Notifications.success(owner.getTranslation("campaign.moved", after.getName(),
                    owner.getTranslation(target.labelKey())));
        } catch (RuleViolation refused) {
            Notifications.error(owner.getTranslation(refused.messageKey(), refused.arguments()));
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(owner.getTranslation("error.conflict"));
        } catch (AccessDeniedException denied) {
            Notifications.error(owner.getTranslation("error.forbidden.action"));
        }
        moved.run();
    }
}
