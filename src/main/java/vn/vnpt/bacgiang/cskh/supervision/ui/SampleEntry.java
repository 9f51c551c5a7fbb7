package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import vn.vnpt.bacgiang.cskh.supervision.CallbackResult;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSampleService;
import vn.vnpt.bacgiang.cskh.supervision.SampleSheet;

/**
 * The inspection page's way to its callback sample: a link with how far the callbacks are once drawn;
 * before that, for the supervisor, the button opening the draw dialog (then the sample page); nothing
 * for a sample that can no longer be drawn.
 */
@StyleSheet("context://styles/callback-sample.css")
class SampleEntry extends Div {

    SampleEntry(CallbackSampleService samples, long inspectionId) {
        addClassName("sample-entry");
        SampleSheet sheet = samples.sheet(inspectionId);
        if (sheet.sample() != null) {
            long recorded = sheet.contacts().stream().filter(contact -> contact.getResult() != null).count();
            long unconfirmed = sheet.contacts().stream()
                    .filter(contact -> contact.getResult() == CallbackResult.NOT_CONFIRMED).count();
            add(VaadinIcon.PHONE.create(),
                    new RouterLink(getTranslation("supervision.sample.open"), SampleView.class, inspectionId),
                    new Span(getTranslation("supervision.sample.progress", recorded, sheet.contacts().size(),
                            unconfirmed)));
        } else if (sheet.editable()) {
            Button draw = new Button(getTranslation("supervision.sample.draw"), VaadinIcon.PHONE.create(),
                    click -> new SampleDialog(samples, inspectionId,
                            () -> getUI().ifPresent(ui -> ui.navigate(SampleView.class, inspectionId))).open());
            add(draw);
        } else {
            setVisible(false);
        }
    }
}
