package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** A campaign on the board: name, type, period, owner and its red flags; dragged to another column to move it. */
class CampaignCard extends Div implements DragSource<CampaignCard> {

    private static final int NEAR_DAYS = 2;
    private final Campaign campaign;
    private final Div flags = new Div();

    CampaignCard(Campaign campaign, LocalDate today, boolean draggable) {
        this.campaign = campaign;
        addClassName("campaign-card");
        Span name = new Span(campaign.getName());
        name.addClassName("campaign-card-name");
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
        getElement().setAttribute("tabindex", "0");
        addClickListener(click -> CampaignView.open(this, Objects.requireNonNull(campaign.getId())));
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
