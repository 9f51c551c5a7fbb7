package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;

/** The campaign's details at a glance. */
class CampaignFacts extends Div {

    CampaignFacts(Campaign campaign) {
        addClassName("facts");
        add(fact("campaign.field.type", getTranslation(Objects.requireNonNull(campaign.getProgrammeType()).labelKey())),
                fact("campaign.field.owner", campaign.getOwnerName()),
                fact("campaign.field.period", CampaignTexts.period(campaign)),
                fact("campaign.field.segment", campaign.getSegmentName() == null
                        ? getTranslation("campaign.segment.none") : campaign.getSegmentName()),
                fact("campaign.field.deadline", campaign.getStepDeadline() == null ? "–"
                        : VnFormats.date(campaign.getStepDeadline())),
                fact("campaign.field.objective", campaign.getObjective() == null ? "–" : campaign.getObjective()));
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }
}
