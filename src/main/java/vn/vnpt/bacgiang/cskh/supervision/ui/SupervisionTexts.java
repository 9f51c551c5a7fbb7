package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.FindingSource;
import vn.vnpt.bacgiang.cskh.supervision.Inspection;

/** Texts the supervision views share. */
final class SupervisionTexts {

    private SupervisionTexts() {
    }

    /** A percentage with one decimal, or a dash while nothing scored is answered. */
    static String percent(@Nullable Number value) {
        return value == null ? "–" : VnFormats.decimal(value, 1) + " %";
    }

    /** What the inspection is about: its campaign, or the TTVT's period. */
    static String subject(Component owner, Inspection inspection) {
        if (inspection.getCampaignName() != null) {
            return inspection.getCampaignName();
        }
        if (inspection.getPeriodStart() != null && inspection.getPeriodEnd() != null) {
            return owner.getTranslation("supervision.period.text", VnFormats.date(inspection.getPeriodStart()),
                    VnFormats.date(inspection.getPeriodEnd()));
        }
        return "";
    }

    /** What was found: the failed item's text, or whose callbacks the customers did not confirm. */
    static String finding(Component owner, Finding finding) {
        Double share = finding.getUnconfirmedShare();
        if (finding.getSourceKind() != FindingSource.CALLBACK || share == null) {
            return finding.getItemText();
        }
        int unconfirmed = java.util.Objects.requireNonNull(finding.getCallbacksUnconfirmed());
        return owner.getTranslation("supervision.finding.callback", finding.getStaffName(),
                String.valueOf(unconfirmed),
                String.valueOf(unconfirmed + java.util.Objects.requireNonNull(finding.getCallbacksConfirmed())),
                percent(100 * share));
    }

    static Span state(Component owner, Inspection inspection) {
        Span badge = new Span(owner.getTranslation(inspection.getState().labelKey()));
        badge.getElement().getThemeList().add("badge pill " + switch (inspection.getState()) {
            case PLANNED -> "contrast";
            case DRAFT -> "";
            case SUBMITTED -> "success";
        });
        return badge;
    }

    static Span knockOut(Component owner) {
        Span badge = new Span(owner.getTranslation("supervision.knockOut"));
        badge.getElement().getThemeList().add("badge error primary pill");
        badge.addClassName("knock-out");
        return badge;
    }
}
