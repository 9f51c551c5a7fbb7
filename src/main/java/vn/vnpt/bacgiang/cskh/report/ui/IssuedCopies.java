package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.report.IssuedReport;
import vn.vnpt.bacgiang.cskh.report.IssuedReports;

/**
 * The copies of a closed campaign's report, each downloaded as it was issued with its checksums shown; the
 * Director corrects the report with a reason, which issues the next edition.
 */
class IssuedCopies extends Div {

    private final IssuedReports issued;
    private final long campaignId;
    private final boolean corrects;

    IssuedCopies(IssuedReports issued, long campaignId, boolean corrects) {
        this.issued = issued;
        this.campaignId = campaignId;
        this.corrects = corrects;
        addClassName("issued-copies");
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("report.evaluation.issued.title")));
        List<IssuedReport> copies = issued.of(campaignId);
        if (copies.isEmpty()) {
            add(new Paragraph(getTranslation("report.evaluation.issued.none")));
        }
        copies.forEach(copy -> add(copy(copy)));
        if (corrects && !copies.isEmpty()) {
            Button correct = new Button(getTranslation("report.evaluation.correct"), click -> correct());
            correct.setId("evaluation-correct");
            add(correct);
        }
    }

    private Div copy(IssuedReport copy) {
        long id = Objects.requireNonNull(copy.getId());
        Locale locale = getLocale();
        Div line = new Div(new Span(getTranslation("report.evaluation.issued.line", String.valueOf(copy.getNumber()),
                String.valueOf(copy.getEdition()), VnFormats.dateTime(copy.getCutOff()), copy.getIssuedByName())));
        line.addClassName("issued-copy");
        line.add(PdfLink.of("issued-" + copy.getEdition(), getTranslation("report.evaluation.issued.download"),
                () -> issued.pdf(id), () -> issued.fileName(id, locale)));
        line.add(PdfLink.of("issued-english-" + copy.getEdition(), getTranslation("report.evaluation.issued.english"),
                () -> issued.english(id), () -> issued.englishFileName(id)));
        Span sha = new Span(getTranslation("report.evaluation.issued.sha", copy.getPdfSha256()));
        sha.addClassName("issued-sha");
        Span figures = new Span(getTranslation("report.evaluation.issued.figuresSha", copy.getFiguresSha256()));
        figures.addClassName("issued-sha");
        line.add(sha, figures);
        if (copy.getCorrectionReason() != null) {
            line.add(new Span(getTranslation("report.evaluation.issued.reason", copy.getCorrectionReason())));
        }
        if (copy.getSupersededAt() != null) {
            line.addClassName("superseded");
            line.add(new Span(getTranslation("report.evaluation.issued.superseded",
                    VnFormats.dateTime(copy.getSupersededAt()))));
        }
        return line;
    }

    private void correct() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("report.evaluation.correct.title"));
        dialog.setWidth("min(32rem, 100vw)");
        TextArea reason = new TextArea(getTranslation("report.evaluation.correct.reason"));
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(IssuedReports.MAX_REASON);
        reason.setHelperText(getTranslation("report.evaluation.correct.help"));
        dialog.add(reason);
        Button confirm = new Button(getTranslation("report.evaluation.correct.confirm"), click -> {
            if (UserAction.run(this, () -> issued.correct(campaignId, reason.getValue()), "report.evaluation.conflict",
                    violation -> {
                        if (!"reason".equals(violation.field())) {
                            return false;
                        }
                        reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
                        reason.setInvalid(true);
                        return true;
                    })) {
                dialog.close();
                Notification.show(getTranslation("report.evaluation.correct.done"));
                show();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("report.evaluation.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
