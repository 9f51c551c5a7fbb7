package vn.vnpt.bacgiang.cskh.org.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitKind;

class UnitForm extends BeanForm<Unit> {

    UnitForm(List<Unit> possibleParents) {
        super(Unit.class);
        TextField code = new TextField(getTranslation("org.unit.code"));
        TextField name = new TextField(getTranslation("org.unit.name"));
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("org.unit.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        ComboBox<District> district = new ComboBox<>(getTranslation("org.unit.district"), District.values());
        district.setItemLabelGenerator(District::displayName);
        district.setClearButtonVisible(true);
        ComboBox<Unit> parent = new ComboBox<>(getTranslation("org.unit.parent"), possibleParents);
        parent.setItemLabelGenerator(Unit::getName);
        parent.setClearButtonVisible(true);
        TextField phone = new TextField(getTranslation("org.unit.phone"));
        TextField address = new TextField(getTranslation("org.unit.address"));
        Checkbox active = new Checkbox(getTranslation("org.unit.active"));

        binder.forField(code).asRequired().bind("code");
        binder.forField(name).asRequired().bind("name");
        binder.forField(kind).asRequired().bind("kind");
        binder.forField(district).bind("district");
        binder.forField(parent).bind("parent");
        binder.forField(phone).bind("phone");
        binder.forField(address).bind("address");
        binder.forField(active).bind("active");

        getContent().add(code, kind, name, parent, district, phone, address, active);
        getContent().setColspan(name, 2);
        getContent().setColspan(address, 2);
    }
}
