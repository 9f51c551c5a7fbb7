package vn.vnpt.bacgiang.cskh.settlement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.campaign.BudgetCategory;
import vn.vnpt.bacgiang.cskh.settlement.SettlementProgress;
import vn.vnpt.bacgiang.cskh.settlement.SettlementService;
import vn.vnpt.bacgiang.cskh.settlement.SettlementSheet;
import vn.vnpt.bacgiang.cskh.settlement.SheetLine;
import vn.vnpt.bacgiang.cskh.settlement.UnitSheet;

/**
 * Step 8's budget settlement: how far it is, per unit planned vs estimated vs settled (every unit for
 * ĐHNV, the Director and supervisors), one unit's lines with what its manager enters and submits, and
 * the centre's lines the planner settles. Redrawn from the service after every change.
 */
@StyleSheet("context://styles/settlement.css")
class SettlementPanel extends Div {

    private final SettlementService settlements;
    private final long campaignId;
    private @Nullable Long shownUnit;

    SettlementPanel(SettlementService settlements, long campaignId) {
        this.settlements = settlements;
        this.campaignId = campaignId;
        addClassName("settlement");
        setId("settlement");
        refresh();
    }

    private void refresh() {
        removeAll();
        SettlementSheet sheet = settlements.sheet(campaignId);
        Paragraph estimate = new Paragraph(getTranslation("settlement.estimateHint"));
        estimate.addClassName("settlement-hint");
        add(new H3(getTranslation("settlement.title")), progress(sheet.progress()), estimate);
        if (sheet.units().isEmpty()) {
            add(new Paragraph(getTranslation("settlement.noUnits")));
            return;
        }
        if (sheet.units().size() > 1) {
            add(summary(sheet));
        }
        UnitSheet unit = sheet.units().stream().filter(found -> shownUnit != null && found.unitId() == shownUnit)
                .findFirst().orElse(sheet.units().getFirst());
        add(unit(sheet, unit));
        if (!sheet.centre().isEmpty()) {
            add(centre(sheet));
        }
    }

    private Component progress(SettlementProgress progress) {
        Span state = new Span(getTranslation(progress.complete() ? "settlement.complete" : "settlement.incomplete"));
        state.addClassName("settlement-complete");
        state.getElement().setAttribute("theme", progress.complete() ? "success" : "contrast");
        Paragraph counts = new Paragraph(getTranslation("settlement.progress", progress.unitsSubmitted(),
                progress.units(), progress.centreLinesSettled(), progress.centreLines()));
        Div line = new Div(state, counts);
        line.setId("settlement-progress");
        line.addClassName("settlement-progress");
        return line;
    }

    private Component summary(SettlementSheet sheet) {
        Grid<UnitSheet> grid = new Grid<>();
        grid.setId("settlement-units");
        grid.addColumn(UnitSheet::unitName).setKey("unit").setHeader(getTranslation("settlement.unit"))
                .setFrozen(true).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(unit -> getTranslation(unit.state().labelKey())).setKey("state")
                .setHeader(getTranslation("settlement.state")).setAutoWidth(true);
        grid.addColumn(unit -> VnFormats.money(unit.planned())).setKey("planned")
                .setHeader(getTranslation("settlement.planned")).setAutoWidth(true);
        grid.addColumn(unit -> VnFormats.money(unit.estimated())).setKey("estimated")
                .setHeader(getTranslation("settlement.estimated")).setAutoWidth(true);
        grid.addColumn(unit -> VnFormats.money(unit.settled())).setKey("settled")
                .setHeader(getTranslation("settlement.settled")).setAutoWidth(true);
        grid.setItems(sheet.units());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> {
            shownUnit = click.getItem().unitId();
            refresh();
        });
        Div totals = new Div(new Span(getTranslation("settlement.totals", VnFormats.money(sheet.planned()),
                VnFormats.money(sheet.estimated()), VnFormats.money(sheet.settled()))));
        totals.setId("settlement-totals");
        totals.addClassName("settlement-totals");
        List<String> waiting = sheet.units().stream().filter(unit -> !unit.submitted()).map(UnitSheet::unitName)
                .toList();
        if (!waiting.isEmpty()) {
            Span notSubmitted = new Span(getTranslation("settlement.notSubmittedUnits", String.join(", ", waiting)));
            notSubmitted.setId("settlement-waiting");
            totals.add(notSubmitted);
        }
        return new Div(grid, totals);
    }

    private Component unit(SettlementSheet sheet, UnitSheet unit) {
        Div section = new Div();
        section.addClassName("settlement-unit");
        if (sheet.units().size() > 1) {
            Select<UnitSheet> choice = new Select<>();
            choice.setId("settlement-unit-choice");
            choice.setLabel(getTranslation("settlement.unit"));
            choice.setItems(sheet.units());
            choice.setItemLabelGenerator(UnitSheet::unitName);
            choice.setWidth("min(100%, 26rem)");
            choice.setValue(unit);
            choice.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    shownUnit = change.getValue().unitId();
                    refresh();
                }
            });
            section.add(choice);
        } else {
            section.add(new H4(unit.unitName()));
        }
        section.add(unitState(unit));
        Grid<SheetLine> lines = lines("settlement-lines", unit.lines(), unit.mayEnter() ? this::enter : null);
        section.add(lines, new Div(new Span(getTranslation("settlement.unitTotals", VnFormats.money(unit.planned()),
                VnFormats.money(unit.estimated()), VnFormats.money(unit.settled())))));
        section.add(actions(unit));
        return section;
    }

    private Component unitState(UnitSheet unit) {
        Div state = new Div();
        state.setId("settlement-unit-state");
        state.addClassName("settlement-unit-state");
        String text = unit.submitted() && unit.submittedAt() != null
                ? getTranslation("settlement.submittedBy", unit.submittedBy(), VnFormats.dateTime(unit.submittedAt()))
                : getTranslation(unit.state().labelKey());
        state.add(new Span(getTranslation("settlement.share", VnFormats.decimal(unit.sharePercent(), 1)) + " · " + text));
        if (unit.returnedReason() != null && !unit.submitted()) {
            Span returned = new Span(getTranslation("settlement.returnedBecause", unit.returnedReason()));
            returned.addClassName("settlement-returned");
            state.add(returned);
        }
        return state;
    }

    private Component actions(UnitSheet unit) {
        Div actions = new Div();
        actions.addClassName("settlement-actions");
        if (unit.mayEnter()) {
            Button submit = new Button(getTranslation("settlement.submit"), click -> {
                if (UserAction.run(this, () -> settlements.submit(campaignId, unit.unitId()), "settlement.stale")) {
                    Notifications.success(getTranslation("settlement.submitted.done"));
                    refresh();
                }
            });
            submit.setId("settlement-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        }
        if (unit.mayReturn() && unit.version() != null) {
            long version = unit.version();
            Button giveBack = new Button(getTranslation("settlement.return"), click -> new ReturnDialog(reason -> {
                settlements.returnToUnit(campaignId, unit.unitId(), version, reason);
                refresh();
            }).open());
            giveBack.setId("settlement-return");
            actions.add(giveBack);
        }
        return actions;
    }

    private Component centre(SettlementSheet sheet) {
        Div section = new Div(new H4(getTranslation("settlement.centre")),
                new Paragraph(getTranslation("settlement.centreHint")));
        section.addClassName("settlement-centre");
        section.add(lines("settlement-centre-lines", sheet.centre(), sheet.maySettleCentre() ? this::enter : null));
        return section;
    }

    private Grid<SheetLine> lines(String id, List<SheetLine> rows, @Nullable Consumer<SheetLine> edit) {
        Grid<SheetLine> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(this::description).setKey("line").setHeader(getTranslation("settlement.line"))
                .setFrozen(true).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(line -> VnFormats.money(line.planned())).setKey("planned")
                .setHeader(getTranslation("settlement.planned")).setAutoWidth(true);
        grid.addColumn(line -> estimated(this, line)).setKey("estimated")
                .setHeader(getTranslation("settlement.estimated")).setAutoWidth(true);
        grid.addColumn(line -> line.settled() == null ? getTranslation("settlement.notSettled")
                : VnFormats.money(line.settled())).setKey("settled").setHeader(getTranslation("settlement.settled"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.voucher() == null ? "" : line.voucher()).setKey("voucher")
                .setHeader(getTranslation("settlement.voucher")).setAutoWidth(true);
        if (edit != null) {
            grid.addComponentColumn(line -> line.allocated() ? new Span() : editButton(line, edit)).setKey("edit")
                    .setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** Step 6 records only gifts and messages: other lines have no estimate, rather than an estimate of 0. */
    static String estimated(Component owner, SheetLine line) {
        return line.category() == BudgetCategory.GIFT || line.category() == BudgetCategory.SMS
                ? VnFormats.money(line.estimated()) : owner.getTranslation("settlement.notEstimated");
    }

    private Component description(SheetLine line) {
        Div cell = new Div(new Span(line.description()));
        cell.addClassName("settlement-line");
        Span kind = new Span(getTranslation(line.category().labelKey()));
        kind.addClassName("settlement-line-kind");
        cell.add(kind);
        if (line.allocated()) {
            Span allocated = new Span(getTranslation("settlement.allocated"));
            allocated.addClassName("settlement-allocated");
            cell.add(allocated);
        }
        if (line.note() != null) {
            Span note = new Span(line.note());
            note.addClassName("settlement-line-note");
            cell.add(note);
        }
        return cell;
    }

    private Button editButton(SheetLine line, Consumer<SheetLine> edit) {
        Button button = new Button(getTranslation(line.isSettled() ? "settlement.edit" : "settlement.enter"),
                click -> edit.accept(line));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(line.isSettled() ? "settlement.edit"
                : "settlement.enter") + " " + line.description());
        return button;
    }

    private void enter(SheetLine line) {
        new EntryDialog(line, entry -> settlements.settle(line.budgetLineId(), entry), this::refresh).open();
    }
}
