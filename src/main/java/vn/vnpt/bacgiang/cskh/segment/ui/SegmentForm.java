package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.segment.Segment;

/** The name and description a segment is saved under; its criteria come from the builder. */
class SegmentForm extends BeanForm<Segment> {

    SegmentForm() {
        super(Segment.class);
        TextField name = new TextField(getTranslation("segment.save.name"));
        TextArea description = new TextArea(getTranslation("segment.save.description"));
        binder.forField(name).bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        getContent().add(name, description);
        getContent().setColspan(description, 2);
        getContent().setColspan(name, 2);
    }
}
