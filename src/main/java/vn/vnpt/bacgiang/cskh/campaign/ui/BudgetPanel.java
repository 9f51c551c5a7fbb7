package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.campaign.BudgetLine;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;

/** Step 3: the budget's lines in VND, an add/edit dialog, and the totals per unit and overall. */
class BudgetPanel extends Div {

    private final CarePlanService plans;
    private final long campaignId;
    private final Grid<BudgetLine> grid = new Grid<>();
    private final Div totals = new Div();
    private final Paragraph empty = new Paragraph();
    private final Runnable changed;

    BudgetPanel(CarePlanService plans, Campaign campaign, boolean editable, Runnable changed) {
        this.plans = plans;
        this.changed = changed;
        this.campaignId = Objects.requireNonNull(campaign.getId());
        addClassName("campaign-budget");
        add(new H3(getTranslation("campaign.budget.title")));
        if (editable) {
            Button add = new Button(getTranslation("campaign.budget.add"), VaadinIcon.PLUS.create(),
                    click -> edit(new BudgetLine(campaignId), "campaign.budget.addTitle"));
            add.setId("budget-add");
            add(add);
        }
        grid.setId("budget-lines");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.getUnitName() == null ? getTranslation("campaign.budget.centre")
                : line.getUnitName()).setHeader(getTranslation("campaign.budget.unit")).setFlexGrow(2);
        grid.addColumn(line -> line.getCategory() == null ? "" : getTranslation(line.getCategory().labelKey()))
                .setHeader(getTranslation("campaign.budget.category"));
        grid.addColumn(BudgetLine::getDescription).setHeader(getTranslation("campaign.budget.description"))
                .setFlexGrow(2);
        grid.addColumn(line -> VnFormats.number(line.getQuantity() == null ? 0 : line.getQuantity()))
                .setHeader(getTranslation("campaign.budget.quantity"));
        grid.addColumn(line -> VnFormats.money(line.getUnitPrice() == null ? 0 : line.getUnitPrice()))
                .setHeader(getTranslation("campaign.budget.unitPrice"));
        grid.addColumn(line -> VnFormats.money(line.getAmount())).setHeader(getTranslation("campaign.budget.amount"));
        if (editable) {
            grid.addComponentColumn(line -> {
                Button edit = new Button(VaadinIcon.EDIT.create(),
                        click -> edit(line.copy(), "campaign.budget.editTitle"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("campaign.budget.edit") + " " + line.getDescription());
                Button delete = new Button(VaadinIcon.TRASH.create(), click -> delete(line));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("campaign.budget.delete") + " " + line.getDescription());
                return new Span(edit, delete);
            }).setKey("edit").setFlexGrow(0).setAutoWidth(true);
        }
        totals.setId("budget-totals");
        totals.addClassName("campaign-budget-totals");
        empty.setText(getTranslation("campaign.budget.empty"));
        add(grid, empty, totals);
        refresh();
    }

    void refresh() {
        List<BudgetLine> lines = plans.budget(campaignId);
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
        CarePlanService.BudgetTotals sums = plans.totals(lines);
        totals.removeAll();
        sums.perUnit().forEach((unit, amount) -> totals.add(new Div(new Span(getTranslation(
                "campaign.budget.unitTotal", unit.isEmpty() ? getTranslation("campaign.budget.centre") : unit,
                VnFormats.money(amount))))));
        Div overall = new Div(new Span(getTranslation("campaign.budget.total", VnFormats.money(sums.overall()))));
        overall.addClassName("campaign-budget-overall");
        totals.add(overall);
    }

    private void delete(BudgetLine line) {
        if (UserAction.run(this, () -> plans.deleteLine(Objects.requireNonNull(line.getId()), line.getVersion()))) {
            Notifications.success(getTranslation("campaign.budget.deleted"));
        }
        refresh();
        changed.run();
    }

    private void edit(BudgetLine line, String titleKey) {
        long id = line.getId() == null ? 0 : line.getId();
        EditorDialog<BudgetLine> dialog = new EditorDialog<>(getTranslation(titleKey),
                new BudgetLineForm(plans.shareUnits(campaignId)), line, plans::saveLine,
                () -> plans.budget(campaignId).stream().filter(found -> Objects.equals(found.getId(), id))
                        .findFirst().map(BudgetLine::copy).orElseGet(() -> new BudgetLine(campaignId)));
        dialog.addSavedListener(saved -> {
            refresh();
            changed.run();
        });
        dialog.open();
    }
}
