package vn.vnpt.bacgiang.cskh.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardService;
import vn.vnpt.bacgiang.cskh.scorecard.Threshold;
import vn.vnpt.bacgiang.cskh.scorecard.ThresholdEdit;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** The Admin's form for the counts at which each scorecard figure turns amber and red; all saved at once. */
@Route(value = "scorecard/thresholds", layout = MainLayout.class)
@RolesAllowed(Permissions.ADMINISTER)
class ThresholdsView extends VerticalLayout implements HasDynamicTitle {

    private final ScorecardService scorecard;
    private final FormLayout form = new FormLayout();
    private final List<Line> lines = new ArrayList<>();

    ThresholdsView(ScorecardService scorecard) {
        this.scorecard = scorecard;
        addClassNames("view", "scorecard-thresholds");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        Button save = new Button(getTranslation("scorecard.threshold.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("thresholds-save");
        RouterLink back = new RouterLink(getTranslation("scorecard.threshold.back"), ScorecardView.class);
        add(new H1(getTranslation("scorecard.threshold.title")),
                new Paragraph(getTranslation("scorecard.threshold.help")), form, save, back);
        show(scorecard.thresholds());
    }

    private void show(List<Threshold> thresholds) {
        form.removeAll();
        lines.clear();
        for (Threshold threshold : thresholds) {
            String metric = getTranslation(threshold.getMetric().labelKey());
            IntegerField warn = field(getTranslation("scorecard.threshold.warn", metric), threshold.getWarnAt());
            IntegerField alert = field(getTranslation("scorecard.threshold.alert", metric), threshold.getAlertAt());
            lines.add(new Line(threshold, warn, alert));
            form.add(warn, alert);
        }
    }

    private IntegerField field(String label, int value) {
        IntegerField field = new IntegerField(label);
        field.setValue(value);
        field.setMin(1);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void save() {
        List<ThresholdEdit> edits = new ArrayList<>();
        for (Line line : lines) {
            Integer warn = line.warn().getValue();
            Integer alert = line.alert().getValue();
            if (warn == null || alert == null) {
                (warn == null ? line.warn() : line.alert()).setInvalid(true);
                Notifications.error(getTranslation("scorecard.threshold.missing"));
                return;
            }
            edits.add(new ThresholdEdit(line.threshold().getMetric(), line.threshold().getVersion(), warn, alert));
        }
        List<Threshold> saved = new ArrayList<>();
        if (UserAction.run(this, () -> saved.addAll(scorecard.saveThresholds(edits)), "scorecard.threshold.conflict",
                violation -> false, () -> show(scorecard.thresholds()))) {
            show(saved);
            Notifications.success(getTranslation("scorecard.threshold.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.threshold.title");
    }

    private record Line(Threshold threshold, IntegerField warn, IntegerField alert) {
    }
}
