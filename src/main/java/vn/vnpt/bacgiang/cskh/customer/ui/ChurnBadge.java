package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.html.Span;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;

/** The churn-risk level as a coloured Lumo badge. */
final class ChurnBadge {

    private ChurnBadge() {
    }

    static Span of(ChurnRisk risk) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(risk.labelKey()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (risk) {
            case LOW -> "success";
            case MEDIUM -> "warning";
            case HIGH -> "error";
        });
        badge.addClassName("churn-badge");
        return badge;
    }
}
