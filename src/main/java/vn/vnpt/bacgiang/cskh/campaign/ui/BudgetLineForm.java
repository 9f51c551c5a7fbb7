package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.campaign.BudgetCategory;
import vn.vnpt.bacgiang.cskh.campaign.BudgetLine;

/** One budget line: the unit it is for (or the centre), category, description, quantity and unit price. */
class BudgetLineForm extends BeanForm<BudgetLine> {

    private static final long CENTRE = 0;

    BudgetLineForm(Map<Long, String> units) {
        super(BudgetLine.class);
        Select<Long> unit = new Select<>();
        unit.setId("budget-unit");
        unit.setLabel(getTranslation("campaign.budget.unit"));
        List<Long> choices = new ArrayList<>();
        choices.add(CENTRE);
        choices.addAll(units.keySet());
        unit.setItems(choices);
        unit.setItemLabelGenerator(id -> id == null || id == CENTRE ? getTranslation("campaign.budget.centre")
                : units.get(id));
        Select<BudgetCategory> category = new Select<>();
        category.setId("budget-category");
        category.setLabel(getTranslation("campaign.budget.category"));
        category.setItems(BudgetCategory.values());
        category.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        TextField description = new TextField(getTranslation("campaign.budget.description"));
        description.setId("budget-description");
        IntegerField quantity = new IntegerField(getTranslation("campaign.budget.quantity"));
        quantity.setId("budget-quantity");
        IntegerField unitPrice = new IntegerField(getTranslation("campaign.budget.unitPrice"));
        unitPrice.setId("budget-unit-price");

        binder.forField(unit).withConverter(id -> id == null || id == CENTRE ? null : id,
                id -> id == null ? CENTRE : id).bind("unitId");
        binder.forField(category).asRequired().bind("category");
        binder.forField(description).asRequired().bind("description");
        binder.forField(quantity).asRequired().withConverter(ShareForm.toLong()).bind("quantity");
        binder.forField(unitPrice).asRequired().withConverter(ShareForm.toLong()).bind("unitPrice");
        getContent().add(unit, category, description, quantity, unitPrice);
        getContent().setColspan(description, 2);
    }
}
