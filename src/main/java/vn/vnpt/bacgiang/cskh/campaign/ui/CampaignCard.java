package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** A campaign on the board: name, type, period, owner and its red flags; dragged to another column to move it. */
class CampaignCard extends Div implements DragSource<CampaignCard> {

    private final Campaign campaign;

    CampaignCard(Campaign campaign, LocalDate today, boolean draggable) {
        this.campaign = campaign;
        addClassName("campaign-card");
        Span name = new Span(campaign.getName());
        name.addClassName("campaign-card-name");
        Div flags = new Div();
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
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("campaign/" + campaign.getId())));
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
