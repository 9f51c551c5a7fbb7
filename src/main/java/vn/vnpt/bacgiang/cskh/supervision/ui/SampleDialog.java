package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSampleService;
import vn.vnpt.bacgiang.cskh.supervision.SampleRequest;

/** Draws an inspection's callback sample: a number of contacts or a percentage, weighted or not. */
class SampleDialog extends Dialog {

    private static final String BY_SIZE = "SIZE";
    private static final String BY_PERCENT = "PERCENT";

    SampleDialog(CallbackSampleService samples, long inspectionId, Runnable drawn) {
        setHeaderTitle(getTranslation("supervision.sample.draw.title"));
        RadioButtonGroup<String> by = new RadioButtonGroup<>(getTranslation("supervision.sample.draw.by"));
        by.setItems(BY_SIZE, BY_PERCENT);
        by.setItemLabelGenerator(choice -> getTranslation("supervision.sample.draw.by." + choice));
        by.setValue(BY_SIZE);
        IntegerField amount = new IntegerField(getTranslation("supervision.sample.draw.amount"));
        amount.setValue(10);
        amount.setMin(1);
        amount.setHelperText(getTranslation("supervision.sample.draw.amount.help", SampleRequest.MAX_SIZE));
        amount.setStepButtonsVisible(true);
        Checkbox weighted = new Checkbox(getTranslation("supervision.sample.draw.weighted"));
        weighted.setTooltipText(getTranslation("supervision.sample.draw.weighted.help"));
        FormLayout form = new FormLayout(by, amount, weighted);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button draw = new Button(getTranslation("supervision.sample.draw.save"), click -> {
            boolean bySize = BY_SIZE.equals(by.getValue());
            SampleRequest request = new SampleRequest(bySize ? amount.getValue() : null,
                    bySize ? null : amount.getValue(), weighted.getValue());
            if (UserAction.run(this, () -> samples.draw(inspectionId, request))) {
                Notifications.success(getTranslation("supervision.sample.drawn"));
                close();
                drawn.run();
            }
        });
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("supervision.cancel"), click -> close()), draw);
    }
}
