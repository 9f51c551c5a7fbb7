package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.supervision.ActionDraft;
import vn.vnpt.bacgiang.cskh.supervision.ActionOwner;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.FindingCard;
import vn.vnpt.bacgiang.cskh.supervision.ActionEvidenceService;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.FindingSource;

/**
 * Phát hiện: a submitted inspection's findings, one card each, with what the signed-in user may do on
 * each now — the unit's manager acknowledges or disputes, the supervisor answers a dispute, either gives
 * a standing finding its corrective action, which then follows in the same card.
 */
class FindingsSection extends Div {

    private final FindingService findings;
    private final ActionEvidenceService evidence;
    private final long inspectionId;
    private final LocalDate today;

    FindingsSection(FindingService findings, ActionEvidenceService evidence, long inspectionId, LocalDate today) {
        this.findings = findings;
        this.evidence = evidence;
        this.inspectionId = inspectionId;
        this.today = today;
        addClassName("findings-section");
        setId("findings");
        show();
    }

    private void show() {
        removeAll();
        List<FindingCard> cards = findings.findings(inspectionId);
        add(new H3(getTranslation("supervision.findings.title", cards.size())));
        if (cards.isEmpty()) {
            add(new Paragraph(getTranslation("supervision.findings.none")));
        }
        cards.forEach(card -> add(card(card)));
    }

    private Div card(FindingCard card) {
        Finding finding = card.finding();
        Div panel = new Div();
        panel.addClassName("finding-card");
        panel.setId("finding-" + finding.getId());
        Div badges = new Div(finding.isKnockOut() ? SupervisionTexts.knockOut(this)
                : ActionPanel.badge(getTranslation(finding.getSourceKind() == FindingSource.CALLBACK
                        ? "supervision.finding.callbacks" : "supervision.finding.normal"), "contrast"),
                ActionPanel.badge(getTranslation(finding.getState().labelKey()), switch (finding.getState()) {
                    case RAISED -> "";
                    case ACKNOWLEDGED, UPHELD -> "contrast";
                    case DISPUTED -> "error";
                    case WITHDRAWN -> "success";
                }));
        badges.addClassName("finding-badges");
        Span text = new Span(SupervisionTexts.finding(this, finding));
        text.addClassName("finding-text");
        panel.add(badges, text);
        if (finding.getSourceKind() == FindingSource.CALLBACK) {
            panel.add(line("supervision.finding.answer", getTranslation("supervision.finding.callback.counts",
                    String.valueOf(finding.getCallbacksConfirmed()), String.valueOf(finding.getCallbacksUnconfirmed()))));
        } else {
            panel.add(line("supervision.finding.answer", answer(finding.getAnswerValue())));
        }
        lineIfAny(panel, "supervision.finding.comment", finding.getComment());
        lineIfAny(panel, "supervision.finding.evidence", finding.getEvidenceRef());
        if (finding.getRespondedBy() != null) {
            lineIfAny(panel, "supervision.finding.response",
                    finding.getRespondedBy() + (finding.getResponse() == null ? "" : ": " + finding.getResponse()));
        }
        lineIfAny(panel, "supervision.finding.reply", finding.getReply());
        if (card.mayRespond()) {
            panel.add(respond(finding));
        }
        if (card.mayDecide()) {
            panel.add(decide(finding));
        }
        if (card.mayAssign()) {
            panel.add(assign(finding));
        }
        if (card.action() != null) {
            panel.add(new ActionPanel(card.action(), card.action().overdueOn(today), card.mayReportDone(),
                    card.mayCheck(), findings, evidence, this::show));
        }
        return panel;
    }

    private Div respond(Finding finding) {
        TextArea comment = new TextArea(getTranslation("supervision.finding.response.field"));
        Button acknowledge = new Button(getTranslation("supervision.finding.acknowledge"), click -> act(
                () -> findings.acknowledge(id(finding), finding.getVersion(), comment.getValue()),
                "supervision.finding.acknowledged"));
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dispute = new Button(getTranslation("supervision.finding.dispute"), click -> act(
                () -> findings.dispute(id(finding), finding.getVersion(), comment.getValue()),
                "supervision.finding.disputed"));
        dispute.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return ActionPanel.form(comment, ActionPanel.buttons(acknowledge, dispute));
    }

    private Div decide(Finding finding) {
        TextArea reply = new TextArea(getTranslation("supervision.finding.reply.field"));
        Button uphold = new Button(getTranslation("supervision.finding.uphold"), click -> act(
                () -> findings.uphold(id(finding), finding.getVersion(), reply.getValue()), "supervision.finding.upheld"));
        uphold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button withdraw = new Button(getTranslation("supervision.finding.withdraw"), click -> act(
                () -> findings.withdraw(id(finding), finding.getVersion(), reply.getValue()),
                "supervision.finding.withdrawn"));
        return ActionPanel.form(reply, ActionPanel.buttons(uphold, withdraw));
    }

    private Div assign(Finding finding) {
        ComboBox<ActionOwner> owner = new ComboBox<>(getTranslation("supervision.action.owner"));
        owner.setItems(findings.owners(id(finding)));
        owner.setItemLabelGenerator(ActionOwner::name);
        DatePicker dueOn = new DatePicker(getTranslation("supervision.action.dueOn"));
        dueOn.setMin(today);
        dueOn.setValue(today.plusDays(7));
        TextArea description = new TextArea(getTranslation("supervision.action.description"));
        Button give = new Button(getTranslation("supervision.action.assign"), click -> act(
                () -> findings.assign(id(finding), finding.getVersion(), new ActionDraft(
                        owner.getValue() == null ? null : owner.getValue().id(), dueOn.getValue(),
                        description.getValue())),
                "supervision.action.assigned"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span heading = new Span(getTranslation("supervision.action.new"));
        heading.addClassName("finding-label");
        return ActionPanel.form(heading, owner, dueOn, description, ActionPanel.buttons(give));
    }

    private void act(Runnable call, String doneKey) {
        if (UserAction.run(this, call, "supervision.finding.conflict", violation -> false, this::show)) {
            Notifications.success(getTranslation(doneKey));
            show();
        }
    }

    private String answer(@Nullable String value) {
        if (value == null) {
            return "–";
        }
        if (value.matches("YES|NO|NA")) {
            return getTranslation("supervision.choice." + value);
        }
        return value.matches("[0-5]") ? value + "/5" : value;
    }

    private static long id(Finding finding) {
        return Objects.requireNonNull(finding.getId());
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("finding-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("finding-line");
        return line;
    }

    private void lineIfAny(Div panel, String labelKey, @Nullable String value) {
        if (value != null) {
            panel.add(line(labelKey, value));
        }
    }
}
