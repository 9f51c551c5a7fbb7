package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.report.Evaluation;
import vn.vnpt.bacgiang.cskh.report.EvaluationService;
import vn.vnpt.bacgiang.cskh.report.EvaluationState;
import vn.vnpt.bacgiang.cskh.report.Lesson;

/**
 * Step 8's evaluation report on the campaign page: the draft PDF, and the conclusions the planner writes,
 * saves and submits to the Director (or takes back while the campaign is open); read-only for the others.
 */
@StyleSheet("context://styles/evaluation.css")
class EvaluationPanel extends Div {

    private final EvaluationService evaluations;
    private final long campaignId;
    private final boolean writes;
    private final @Nullable Component draft;

    /** {@code draft} makes the draft PDF, none once the campaign closed and its report was issued. */
    EvaluationPanel(EvaluationService evaluations, long campaignId, boolean writes, @Nullable Component draft) {
        this.evaluations = evaluations;
        this.campaignId = campaignId;
        this.writes = writes;
        this.draft = draft;
        addClassName("evaluation-section");
        show(evaluations.of(campaignId));
    }

    private void show(Evaluation evaluation) {
        removeAll();
        add(new H3(getTranslation("report.evaluation.panel.title")));
        if (draft != null) {
            add(draft);
        }
        Span state = new Span(getTranslation(evaluation.getState().labelKey()));
        state.getElement().getThemeList().add(evaluation.getState() == EvaluationState.SUBMITTED ? "badge success" : "badge");
        state.setId("evaluation-state");
        add(state);
        if (evaluation.getState() == EvaluationState.SUBMITTED) {
            add(new Paragraph(getTranslation("report.evaluation.panel.submitted", evaluation.getSubmittedByName(),
                    VnFormats.dateTime(Objects.requireNonNull(evaluation.getSubmittedAt())))));
        }
        if (writes && evaluation.getState() == EvaluationState.DRAFT) {
            edit(evaluation);
            return;
        }
        add(text("report.evaluation.form.conclusions", evaluation.getConclusions()),
                text("report.evaluation.form.proposals", evaluation.getProposals()));
        if (writes) {
            Button withdraw = new Button(getTranslation("report.evaluation.panel.withdraw"), click -> {
                Evaluation[] changed = new Evaluation[1];
                if (UserAction.run(this, () -> changed[0] = evaluations.withdraw(campaignId, evaluation.getVersion()),
                        "report.evaluation.conflict")) {
                    show(changed[0]);
                }
            });
            add(withdraw);
        }
    }

    private void edit(Evaluation evaluation) {
        ConclusionsForm form = new ConclusionsForm();
        if (evaluation.getId() == null && (evaluation.getConclusions() == null
                || evaluation.getConclusions().isBlank())) {
            evaluation.setConclusions(lessons());
        }
        form.read(evaluation);
        Long readVersion = evaluation.getId() == null ? null : evaluation.getVersion();
        Button save = new Button(getTranslation("report.evaluation.panel.save"), click -> write(form,
                (conclusions, proposals) -> evaluations.save(campaignId, readVersion, conclusions, proposals),
                "report.evaluation.panel.saved"));
        save.setId("evaluation-save");
        Button submit = new Button(getTranslation("report.evaluation.panel.submit"), click -> write(form,
                (conclusions, proposals) -> evaluations.submit(campaignId, readVersion, conclusions, proposals),
                "report.evaluation.panel.submittedNote"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("evaluation-submit");
        Div buttons = new Div(save, submit);
        buttons.addClassName("evaluation-buttons");
        add(form, buttons);
    }

    /**
     * Saves or submits what the form holds if it is valid; a rule the service refuses is shown beside its field,
     * and the panel then shows what was saved.
     */
    private void write(ConclusionsForm form, BiFunction<@Nullable String, @Nullable String, Evaluation> call,
                       String doneKey) {
        Evaluation edited = evaluations.of(campaignId);
        if (!form.write(edited)) {
            return;
        }
        Evaluation[] written = new Evaluation[1];
        if (UserAction.run(this, () -> written[0] = call.apply(edited.getConclusions(), edited.getProposals()),
                "report.evaluation.conflict", violation -> form.showError(
                        Objects.requireNonNullElse(violation.field(), ""),
                        getTranslation(violation.messageKey(), violation.arguments())))) {
            Notification.show(getTranslation(doneKey));
            show(written[0]);
        }
    }

    /** The inspections' findings as the first lines of conclusions not written yet; none without findings. */
    private @Nullable String lessons() {
        List<Lesson> lessons = evaluations.lessons(campaignId);
        if (lessons.isEmpty()) {
            return null;
        }
        return getTranslation("report.evaluation.lessons") + lessons.stream()
                .map(lesson -> "\n- " + lesson.unitName() + ": " + lesson.finding()).collect(Collectors.joining());
    }

    private Div text(String labelKey, @Nullable String value) {
        Div block = new Div(new Span(getTranslation(labelKey)),
                new Paragraph(value == null ? getTranslation("report.evaluation.panel.empty") : value));
        block.addClassName("evaluation-text");
        return block;
    }
}
