package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessService;
import vn.vnpt.bacgiang.cskh.campaign.UnitReadiness;

/**
 * Step 5: every executing unit's readiness checklist (for ĐHNV and the Director), and for a unit's
 * sales manager their own unit's checklist to tick and confirm.
 */
class ReadinessPanel extends Div {

    private final ReadinessService readiness;
    private final long campaignId;
    private final Runnable changed;

    ReadinessPanel(ReadinessService readiness, Campaign campaign, Runnable changed) {
        this.readiness = readiness;
        this.campaignId = Objects.requireNonNull(campaign.getId());
        this.changed = changed;
        addClassName("campaign-readiness");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<UnitReadiness> units = readiness.units(campaignId);
        long ready = units.stream().filter(UnitReadiness::isConfirmed).count();
        add(new H3(getTranslation("campaign.readiness.title")));
        if (units.isEmpty()) {
            add(new Paragraph(getTranslation("campaign.readiness.none")));
            return;
        }
        Span count = new Span(getTranslation("campaign.readiness.count", ready, units.size()));
        count.setId("readiness-count");
        count.getElement().getThemeList().add(ready == units.size() ? "badge success" : "badge contrast");
        add(count);
        Grid<UnitReadiness> grid = new Grid<>();
        grid.setId("readiness-units");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitReadiness::getUnitName).setHeader(getTranslation("campaign.readiness.unit"))
                .setWidth("11rem").setFlexGrow(3);
        grid.addColumn(unit -> tick(unit.isStaffAssigned())).setHeader(getTranslation("campaign.readiness.staffAssigned"));
        grid.addColumn(unit -> tick(unit.isBudgetReceived()))
                .setHeader(getTranslation("campaign.readiness.budgetReceived"));
        grid.addColumn(unit -> tick(unit.isListBriefed())).setHeader(getTranslation("campaign.readiness.listBriefed"));
        grid.addColumn(unit -> tick(unit.isScheduleSet())).setHeader(getTranslation("campaign.readiness.scheduleSet"));
        grid.addColumn(this::status).setHeader(getTranslation("campaign.readiness.status"))
                .setWidth("10rem").setFlexGrow(2);
        grid.setItems(units);
        add(grid);
        units.stream().filter(readiness::mayConfirm).forEach(unit -> add(checklist(unit)));
    }

    /** "Đã xác nhận bởi … lúc dd/MM/yyyy HH:mm" or "Chưa sẵn sàng". */
    private String status(UnitReadiness unit) {
        Instant at = unit.getConfirmedAt();
        return at == null ? getTranslation("campaign.readiness.notReady")
                : getTranslation("campaign.readiness.confirmedBy", unit.getConfirmedByName(), VnFormats.dateTime(at));
    }

    private static String tick(boolean done) {
        return done ? "✓" : "–";
    }

    /**
     * The manager's own unit's checklist, with save and confirm; once confirmed it reads as confirmed
     * (who and when, boxes read-only) with only the undo.
     */
    private Div checklist(UnitReadiness unit) {
        UnitReadiness bean = unit.copy();
        boolean confirmed = unit.isConfirmed();
        Checkbox staff = box("staffAssigned", bean.isStaffAssigned());
        Checkbox budget = box("budgetReceived", bean.isBudgetReceived());
        Checkbox briefed = box("listBriefed", bean.isListBriefed());
        Checkbox schedule = box("scheduleSet", bean.isScheduleSet());
        TextArea note = new TextArea(getTranslation("campaign.readiness.note"));
        note.setId("readiness-note");
        note.setMaxLength(UnitReadiness.NOTE_MAX);
        note.setValue(bean.getNote() == null ? "" : bean.getNote());
        note.setWidthFull();
        note.setReadOnly(confirmed);
        UnaryOperator<UnitReadiness> read = target -> {
            target.setStaffAssigned(staff.getValue());
            target.setBudgetReceived(budget.getValue());
            target.setListBriefed(briefed.getValue());
            target.setScheduleSet(schedule.getValue());
            target.setNote(note.getValue());
            return target;
        };
        Button save = new Button(getTranslation("campaign.readiness.save"), VaadinIcon.CHECK.create(),
                click -> run(() -> readiness.save(read.apply(bean)), "campaign.readiness.saved"));
        save.setId("readiness-save");
        Button confirm = new Button(getTranslation("campaign.readiness.confirm"), VaadinIcon.FLAG_CHECKERED.create(),
                click -> run(() -> readiness.confirm(read.apply(bean)), "campaign.readiness.confirmed"));
        confirm.setId("readiness-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H4(unit.getUnitName()));
        form.addClassName("readiness-checklist");
        if (confirmed) {
            Icon check = VaadinIcon.CHECK_CIRCLE.create();
            check.getStyle().set("padding", "var(--lumo-space-xs)");
            Span done = new Span(check, new Span(status(unit)));
            done.setId("readiness-confirmed");
            done.getElement().getThemeList().add("badge success");
            Button withdraw = new Button(getTranslation("campaign.readiness.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    click -> run(() -> readiness.withdraw(bean), "campaign.readiness.withdrawn"));
            withdraw.setId("readiness-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            form.add(new Div(done));
            form.add(staff, budget, briefed, schedule, note, new Div(withdraw));
            List.of(staff, budget, briefed, schedule).forEach(box -> box.setReadOnly(true));
            return form;
        }
        form.add(staff, budget, briefed, schedule, note, new Div(save, confirm));
        return form;
    }

    private Checkbox box(String item, boolean value) {
        Checkbox box = new Checkbox(getTranslation("campaign.readiness." + item), value);
        box.setId("readiness-" + item);
        return box;
    }

    private void run(Runnable action, String doneKey) {
        if (UserAction.run(this, action)) {
            Notifications.success(getTranslation(doneKey));
            refresh();
            changed.run();
        }
    }
}
