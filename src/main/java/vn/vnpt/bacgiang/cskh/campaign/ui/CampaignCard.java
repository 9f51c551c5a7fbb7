package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;

/**
 * A campaign on the board: name (a link to it), type, period, owner and its red flags; dragged to another
 * column, or moved with its menu, to move it.
 */
class CampaignCard extends Div implements DragSource<CampaignCard> {

    private static final int NEAR_DAYS = 2;
    private final Campaign campaign;
    private final Div flags = new Div();

    CampaignCard(Campaign campaign, LocalDate today, boolean draggable) {
        this.campaign = campaign;
        addClassName("campaign-card");
        Anchor name = CampaignView.link(campaign);
        name.addClassName("campaign-card-name");
        name.setId("campaign-card-" + campaign.getId());
        name.getElement().setAttribute("draggable", "false"); // a drag moves the card, not the link
        flags.addClassName("campaign-flags");
        if (campaign.getState() == CampaignState.RETURNED) {
            flags.add(flag("campaign.card.returned"));
        }
        if (campaign.isLate(today)) {
            flags.add(flag("campaign.card.late"));
        }
        add(flags, name, line(getTranslation(Objects.requireNonNull(campaign.getProgrammeType()).labelKey())));
        if (campaign.getPeriodStart() != null && campaign.getPeriodEnd() != null) {
            add(line(CampaignTexts.period(campaign)));
        }
        add(line(campaign.getOwnerName()));
        if (campaign.getStepDeadline() != null) {
            add(line(getTranslation("campaign.card.deadline", VnFormats.date(campaign.getStepDeadline()))));
        }
        setDraggable(draggable);
        getElement().setAttribute("role", "article");
        getElement().setAttribute("aria-labelledby", "campaign-card-" + campaign.getId());
        // a click anywhere on the card opens it; its link (the keyboard's way) and its move menu act for themselves
        getElement().addEventListener("click",
                click -> CampaignView.open(this, Objects.requireNonNull(campaign.getId())))
                .setFilter("!event.target.closest('a, .campaign-moves')");
    }

    /** The moves the user may make, in a menu: the keyboard's way to move the card to another column. */
    CampaignCard movable(List<CampaignTransition> moves, CampaignMover mover) {
        if (!moves.isEmpty()) {
            add(new MoveMenu(campaign, moves, mover));
        }
        return this;
    }

    /** Step 5: "units ready x/y", and the "units not ready" flag when the step's deadline is near or passed. */
    CampaignCard unitsReady(long @Nullable [] ready, LocalDate today) {
        if (ready == null || ready[1] == 0) {
            return this;
        }
        Span count = line(getTranslation("campaign.readiness.count", ready[0], ready[1]));
        count.addClassName("campaign-card-ready");
        add(count);
        LocalDate deadline = campaign.getStepDeadline();
        if (ready[0] < ready[1] && deadline != null && !deadline.isAfter(today.plusDays(NEAR_DAYS))) {
            flags.add(flag("campaign.readiness.flag"));
        }
        return this;
    }

    Campaign campaign() {
        return campaign;
    }

    private Span flag(String key) {
        Span flag = new Span(getTranslation(key));
        flag.addClassName("campaign-flag");
        flag.getElement().getThemeList().add("badge error small");
        return flag;
    }

    private static Span line(String text) {
        Span line = new Span(text);
        line.addClassName("campaign-card-line");
        return line;
    }
}
