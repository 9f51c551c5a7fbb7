package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
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
        } catch (RuleViolation refused) { // the reason is known before asking for a comment
            Notifications.error(UserAction.message(owner, refused));
            return;
        }
        if (transition.leaves(CampaignState.APPRAISAL)) {
            // step 4's decisions are scored: open the campaign page, whose appraisal tab is selected in step 4
            Notifications.success(owner.getTranslation("campaign.board.toAppraisal", campaign.getName()));
            CampaignView.open(owner, Objects.requireNonNull(campaign.getId()));
            return;
        }
        if (target == CampaignState.EXECUTION && campaigns.startsEarly(campaign)) {
            confirmEarlyStart(campaign, () -> askAndRun(campaign, target, transition, true));
        } else {
            askAndRun(campaign, target, transition, false);
        }
    }

    private void askAndRun(Campaign campaign, CampaignState target, CampaignTransition transition,
                           boolean earlyStartConfirmed) {
        if (campaigns.needsComment(campaign, transition)) {
            String title = owner.getTranslation(transition.labelKey()) + ": " + campaign.getName();
            new CommentDialog(title, overrideQuestion(campaign, target, transition),
                    comment -> run(campaign, target, comment, earlyStartConfirmed)).open();
        } else {
            run(campaign, target, null, earlyStartConfirmed);
        }
    }

    /** Execution before the campaign's period starts is allowed, but only once the user says so. */
    private void confirmEarlyStart(Campaign campaign, Runnable start) {
        LocalDate periodStart = Objects.requireNonNull(campaign.getPeriodStart());
        LocalDate periodEnd = campaign.getPeriodEnd();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("campaign.start.early.title"));
        dialog.setText(owner.getTranslation(periodEnd == null ? "campaign.start.early.question"
                : "campaign.start.early.questionWithEnd", VnFormats.date(periodStart),
                periodEnd == null ? "" : VnFormats.date(periodEnd)));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("campaign.start.early.cancel"));
        dialog.setConfirmText(owner.getTranslation("campaign.start.early.confirm"));
        dialog.addConfirmListener(confirmed -> start.run());
        dialog.open();
    }

    /**
     * Starting execution with units not ready, or making a move over a later step's unmet guard, is the
     * Director's override: the dialog says what is overridden.
     */
    private @Nullable String overrideQuestion(Campaign campaign, CampaignState target, CampaignTransition transition) {
        long[] ready = campaigns.unitsReady(campaign);
        if (target == CampaignState.EXECUTION && ready != null) {
            return owner.getTranslation("campaign.start.override", ready[0], ready[1]);
        }
        return campaigns.overridden(campaign, transition).map(unmet -> owner.getTranslation("campaign.override",
                owner.getTranslation(unmet.messageKey(), unmet.arguments()))).orElse(null);
    }

    private void run(Campaign campaign, CampaignState target, @Nullable String comment, boolean earlyStartConfirmed) {
        if (UserAction.run(owner, () -> campaigns.move(Objects.requireNonNull(campaign.getId()), campaign.getVersion(),
                target, comment, earlyStartConfirmed))) {
            Notifications.success(owner.getTranslation("campaign.moved", campaign.getName(),
                    owner.getTranslation(target.labelKey())));
        }
        moved.run();
    }
}
