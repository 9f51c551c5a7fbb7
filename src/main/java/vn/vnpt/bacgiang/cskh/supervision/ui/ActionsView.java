package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.supervision.ActionFilter;
import vn.vnpt.bacgiang.cskh.supervision.ActionRow;
import vn.vnpt.bacgiang.cskh.supervision.ActionState;
import vn.vnpt.bacgiang.cskh.supervision.ActionEvidenceService;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;

/**
 * Khắc phục: the corrective actions the user sees (supervisors and ĐHNV all, a unit its own, anyone
 * those given to them), by due date, filtered by state, overdue and unit, one card each, with the
 * step the user may take on each. Open to every signed-in user: the owner of an action may be care
 * staff, who read no inspections; the service decides what each sees. {@code ?state=DONE&overdue=true&unit=<id>}
 * sets the filters, so a dashboard's figure links to the actions it counts.
 */
@Route("supervision/actions")
@PermitAll
@Menu(title = "supervision.nav.actions", order = 34.5, icon = "vaadin:tools")
@StyleSheet("context://styles/supervision.css")
class ActionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FindingService findings;
    private final ActionEvidenceService evidence;
    private final boolean readsInspections;
    private final Select<ActionState> state = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final ComboBox<Map.Entry<Long, String>> unit = new ComboBox<>();
    private final Div list = new Div();

    ActionsView(FindingService findings, ActionEvidenceService evidence, CurrentUser currentUser) {
        this.findings = findings;
        this.evidence = evidence;
        this.readsInspections = currentUser.require().can(Permission.INSPECTION_READ);
        addClassNames("view", "actions-view");
        Div header = new Div(new H1(getTranslation("supervision.actions.title")));
        header.addClassName("view-header");
        state.setLabel(getTranslation("supervision.actions.filter.state"));
        state.setItems(ActionState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("supervision.actions.filter.all"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("supervision.actions.filter.all")
                : getTranslation(value.labelKey()));
        overdue.setLabel(getTranslation("supervision.actions.filter.overdue"));
        unit.setLabel(getTranslation("supervision.actions.filter.unit"));
        unit.setClearButtonVisible(true);
        unit.setItemLabelGenerator(Map.Entry::getValue);
        Map<Long, String> units = findings.actions(ActionFilter.none()).stream().collect(Collectors.toMap(
                row -> row.action().getUnitId(), row -> row.action().getUnitName(), (a, b) -> a, TreeMap::new));
        unit.setItems(List.copyOf(units.entrySet()));
        Div filters = new Div(state, overdue, unit);
        filters.addClassName("actions-filters");
        state.addValueChangeListener(event -> refresh());
        overdue.addValueChangeListener(event -> refresh());
        unit.addValueChangeListener(event -> refresh());
        list.addClassName("actions-list");
        add(header, filters, list);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked = event.getLocation().getQueryParameters().getParameters();
        asked.getOrDefault("state", List.of()).stream().findFirst().flatMap(name -> Arrays.stream(ActionState.values())
                .filter(value -> value.name().equals(name)).findFirst()).ifPresent(state::setValue);
        overdue.setValue(asked.getOrDefault("overdue", List.of()).contains("true"));
        asked.getOrDefault("unit", List.of()).stream().findFirst().flatMap(id -> unit.getListDataView().getItems()
                .filter(entry -> String.valueOf(entry.getKey()).equals(id)).findFirst()).ifPresent(unit::setValue);
    }

    private void refresh() {
        list.removeAll();
        List<ActionRow> rows = findings.actions(new ActionFilter(state.getValue(), overdue.getValue(),
                unit.getValue() == null ? null : unit.getValue().getKey()));
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("supervision.actions.none")));
        }
        rows.forEach(row -> list.add(card(row)));
    }

    private Div card(ActionRow row) {
        Div card = new Div();
        card.addClassName("finding-card");
        Span unitName = new Span(row.action().getUnitName());
        unitName.addClassName("finding-unit");
        Div title = new Div();
        title.addClassName("finding-text");
        if (readsInspections) {
            title.add(new RouterLink(SupervisionTexts.finding(this, row.finding()), InspectionView.class,
                    row.inspectionId()));
        } else {
            title.setText(SupervisionTexts.finding(this, row.finding()));
        }
        card.add(unitName, title);
        if (row.knockOut()) {
            card.add(SupervisionTexts.knockOut(this));
        }
        card.add(new ActionPanel(row.action(), row.overdue(), row.mayReportDone(), row.mayCheck(), findings,
                evidence, this::refresh));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.actions.title");
    }
}
