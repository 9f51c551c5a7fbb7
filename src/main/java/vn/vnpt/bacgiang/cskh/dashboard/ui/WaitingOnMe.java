package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** The campaigns that wait on the user, each with why and a link to it. */
class WaitingOnMe extends Div {

    WaitingOnMe(List<Campaign> waiting) {
        if (waiting.isEmpty()) {
            add(new Span(getTranslation("dashboard.waiting.none")));
            addClassNames("card", "empty-state");
            return;
        }
        addClassNames("card", "waiting-list");
        LocalDate today = LocalDate.now(VnFormats.ZONE);
        waiting.forEach(campaign -> add(item(campaign, today)));
    }

    private Div item(Campaign campaign, LocalDate today) {
        Anchor name = new Anchor("campaign/" + campaign.getId(), campaign.getName());
        name.addClassName("waiting-name");
        Span why = new Span(reason(campaign, today));
        why.addClassName("waiting-reason");
        Div item = new Div(name, why);
        item.addClassName("waiting-item");
        return item;
    }

    private String reason(Campaign campaign, LocalDate today) {
        CampaignState state = campaign.getState();
        if (state == CampaignState.APPRAISAL || state == CampaignState.EVALUATION || state == CampaignState.RETURNED) {
            return getTranslation("dashboard.waiting." + state.name());
        }
        if (state == CampaignState.READINESS && !campaign.isLate(today)) {
            return getTranslation("dashboard.waiting.READINESS");
        }
        return getTranslation("dashboard.waiting.late", getTranslation(state.labelKey()));
    }
}
