package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.GiftLine;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

/** The care worklist as a care worker sees it: its list, its view selector and the contact form's fields. */
public final class WorklistPage {

    private WorklistPage() {
    }

    @SuppressWarnings("unchecked")
    public static Grid<WorklistRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("worklist-grid"));
    }

    public static List<WorklistRow> rows() {
        return GridKt._findAll(grid());
    }

    @SuppressWarnings("unchecked")
    public static Select<WorklistFilter> filter() {
        return _get(Select.class, spec -> spec.withLabel("Xem"));
    }

    @SuppressWarnings("unchecked")
    public static Select<CareChannel> channel() {
        return _get(Select.class, spec -> spec.withLabel("Kênh liên hệ"));
    }

    @SuppressWarnings("unchecked")
    public static Select<GiftLine> gift() {
        return _get(Select.class, spec -> spec.withId("contact-gift"));
    }

    @SuppressWarnings("unchecked")
    public static RadioButtonGroup<ContactOutcome> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Kết quả"));
    }

    @SuppressWarnings("unchecked")
    public static RadioButtonGroup<Integer> satisfaction() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("contact-satisfaction"));
    }

    public static Button save() {
        return _get(Button.class, spec -> spec.withText("Lưu (Enter)"));
    }
}
