package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.Appraisal;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalCriterion;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.PlanChange;

/**
 * Step 4: for the Director while the plan awaits appraisal, the criteria scores, the comment, what
 * changed since the last appraisal and the three decisions; for everyone, the frozen member count
 * and the past appraisals, read-only.
 */
class AppraisalPanel extends VerticalLayout {

    private final AppraisalService appraisals;
    private final Campaign campaign;
    private final Runnable decided;
    private final Map<AppraisalCriterion, Select<Integer>> scores = new EnumMap<>(AppraisalCriterion.class);
    private final TextArea comment = new TextArea();

    AppraisalPanel(AppraisalService appraisals, Campaign campaign, boolean director, Runnable decided) {
        this.appraisals = appraisals;
        this.campaign = campaign;
        this.decided = decided;
        addClassName("appraisal-panel");
        setPadding(false);
        long id = Objects.requireNonNull(campaign.getId());
        if (director && campaign.getState() == CampaignState.APPRAISAL) {
            add(changes(id), form());
        }
        long frozen = appraisals.frozenMembers(id);
        if (frozen > 0) {
            Span members = new Span(getTranslation("campaign.appraisal.frozen", VnFormats.number(frozen)));
            members.setId("appraisal-frozen");
            add(members);
        }
        add(past(appraisals.appraisals(id)));
    }

    private Div changes(long id) {
        Div box = new Div();
        box.setId("appraisal-changes");
        box.addClassName("appraisal-changes");
        if (!appraisals.wasAppraised(id)) {
            return box;
        }
        box.add(new H4(getTranslation("campaign.appraisal.changes")));
        List<PlanChange> changes = appraisals.changesSinceLastAppraisal(id);
        if (changes.isEmpty()) {
            box.add(new Paragraph(getTranslation("campaign.appraisal.noChanges")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (PlanChange change : changes) {
            String subject = !change.subject().isEmpty() ? " " + change.subject()
                    : change.kind() == PlanChange.Kind.BUDGET_UNIT ? " " + getTranslation("campaign.budget.centre") : "";
            list.add(new ListItem(getTranslation(change.labelKey()) + subject + ": " + value(change, change.before())
                    + " → " + value(change, change.after())));
        }
        box.add(list);
        return box;
    }

    private String value(PlanChange change, @Nullable String value) {
        if (value == null) {
            return "—";
        }
        return change.kind() == PlanChange.Kind.BUDGET_UNIT || change.kind() == PlanChange.Kind.BUDGET_TOTAL
                ? VnFormats.money(Long.parseLong(value)) : value;
    }

    private Div form() {
        Div form = new Div();
        form.addClassName("appraisal-form");
        for (AppraisalCriterion criterion : AppraisalCriterion.values()) {
            Select<Integer> score = new Select<>();
            score.setLabel(getTranslation(criterion.labelKey()));
            score.setItems(1, 2, 3, 4, 5);
            score.setRequiredIndicatorVisible(true);
            scores.put(criterion, score);
            form.add(score);
        }
        comment.setLabel(getTranslation("campaign.appraisal.comment"));
        comment.setWidthFull();
        comment.setMaxLength(Appraisal.COMMENT_MAX);
        comment.setHelperText(getTranslation("campaign.appraisal.commentRequired"));
        comment.addValueChangeListener(event -> comment.setInvalid(false));
        Button approve = new Button(getTranslation("campaign.appraisal.approve"),
                click -> decide(CampaignTransition.APPROVE));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("appraisal-approve");
        Button giveBack = new Button(getTranslation("campaign.appraisal.return"),
                click -> decide(CampaignTransition.RETURN));
        giveBack.setId("appraisal-return");
        Button reject = new Button(getTranslation("campaign.appraisal.reject"),
                click -> decide(CampaignTransition.REJECT));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("appraisal-reject");
        Div buttons = new Div(approve, giveBack, reject);
        buttons.addClassName("appraisal-buttons");
        form.add(comment, buttons);
        return form;
    }

    private void decide(CampaignTransition decision) {
        Map<AppraisalCriterion, @Nullable Integer> given = new EnumMap<>(AppraisalCriterion.class);
        scores.forEach((criterion, select) -> {
            select.setInvalid(select.getValue() == null);
            given.put(criterion, select.getValue());
        });
        if (decision != CampaignTransition.APPROVE && comment.getValue().isBlank()) {
            showBesideComment(new RuleViolation("campaign.comment.required", "comment"));
        }
        if (UserAction.run(this, () -> appraisals.decide(Objects.requireNonNull(campaign.getId()),
                campaign.getVersion(), decision, given, comment.getValue()), "error.conflict", this::showBesideComment)) {
            Notifications.success(getTranslation("campaign.appraisal.done", campaign.getName(),
                    getTranslation(decision.labelKey())));
            decided.run();
        }
    }

    /** A missing reason for returning or rejecting marks the comment field itself, required and invalid. */
    private boolean showBesideComment(RuleViolation violation) {
        if (!"comment".equals(violation.field())) {
            return false;
        }
        comment.setRequiredIndicatorVisible(true);
        comment.setErrorMessage(UserAction.message(this, violation));
        comment.setInvalid(true);
        comment.focus();
        return true;
    }

    private Div past(List<Appraisal> past) {
        Div box = new Div();
        box.setId("appraisal-history");
        box.addClassName("appraisal-history");
        if (past.isEmpty()) {
            return box;
        }
        box.add(new H4(getTranslation("campaign.appraisal.history")));
        for (Appraisal appraisal : past) {
            Div item = new Div();
            item.addClassName("appraisal-item");
            item.add(new Paragraph(getTranslation(appraisal.decision().labelKey()) + " · " + appraisal.actorName()
                    + " · " + VnFormats.dateTime(appraisal.decidedAt())));
            StringBuilder line = new StringBuilder();
            appraisal.scores().forEach((criterion, score) -> line.append(line.isEmpty() ? "" : "; ")
                    .append(getTranslation(criterion.labelKey())).append(": ").append(score).append("/5"));
            item.add(new Paragraph(line.toString()));
            if (appraisal.comment() != null) {
                item.add(new Paragraph(getTranslation("campaign.appraisal.comment") + ": " + appraisal.comment()));
            }
            box.add(item);
        }
        return box;
    }
}
