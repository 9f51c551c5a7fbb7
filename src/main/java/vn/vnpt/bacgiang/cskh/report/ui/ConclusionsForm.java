package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.textfield.TextArea;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.report.Evaluation;

/** The planner's conclusions and proposals of a campaign's evaluation, printed in its report. */
class ConclusionsForm extends BeanForm<Evaluation> {

    ConclusionsForm() {
        super(Evaluation.class);
        TextArea conclusions = new TextArea(getTranslation("report.evaluation.form.conclusions"));
        conclusions.setId("evaluation-conclusions");
        conclusions.setHelperText(getTranslation("report.evaluation.form.conclusions.help"));
        TextArea proposals = new TextArea(getTranslation("report.evaluation.form.proposals"));
        proposals.setId("evaluation-proposals");
        binder.forField(conclusions).bind("conclusions");
        binder.forField(proposals).bind("proposals");
        getContent().add(conclusions, proposals);
        getContent().setColspan(conclusions, 2);
        getContent().setColspan(proposals, 2);
    }
}
