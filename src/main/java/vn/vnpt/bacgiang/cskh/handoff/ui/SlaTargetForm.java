package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.handoff.SlaTarget;

/** One SLA target: accept and resolve within so many working minutes, warn at a percentage of the time. */
class SlaTargetForm extends BeanForm<SlaTarget> {

    SlaTargetForm() {
        super(SlaTarget.class);
        IntegerField accept = new IntegerField(getTranslation("handoff.sla.acceptMinutes"));
        accept.setId("sla-accept");
        IntegerField resolve = new IntegerField(getTranslation("handoff.sla.resolveMinutes"));
        resolve.setId("sla-resolve");
        IntegerField warn = new IntegerField(getTranslation("handoff.sla.warnPercent"));
        warn.setId("sla-warn");
        binder.forField(accept).asRequired().bind("acceptMinutes");
        binder.forField(resolve).asRequired().bind("resolveMinutes");
        binder.forField(warn).asRequired().bind("warnPercent");
        getContent().add(accept, resolve, warn);
    }
}
