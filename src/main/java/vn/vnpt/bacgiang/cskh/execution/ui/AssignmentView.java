package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.execution.AssignmentRow;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.StaffMember;
import vn.vnpt.bacgiang.cskh.execution.UnitTaskFilter;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The sales manager's assignment of their unit's care tasks to its care staff: the open tasks per
 * staff member, spreading the unassigned evenly or by store, assigning selected rows by hand, and
 * moving all of a staff member's open tasks to others.
 */
@Route(value = "assignment", layout = MainLayout.class)
@RolesAllowed(Permissions.TASK_ASSIGN)
@Menu(title = "execution.nav.assignment", order = 31, icon = "vaadin:split")
@StyleSheet("context://styles/execution.css")
class AssignmentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AssignmentService assignments;
    private final List<StaffMember> staff;
    private final Select<ExecutionCampaign> campaign = new Select<>();
    private final Span unassigned = new Span();
    private final Grid<StaffMember> loads = new Grid<>();
    private final Select<Optional<StaffMember>> shown = new Select<>();
    private final Select<UnitTaskFilter> part = new Select<>();
    private final Grid<AssignmentRow> tasks = new Grid<>();
    private Map<Long, Long> open = Map.of();

    AssignmentView(AssignmentService assignments) {
        this.assignments = assignments;
        this.staff = assignments.staff();
        addClassNames("view", "assignment-view");
        add(new H1(getTranslation("execution.assign.title")));
        List<ExecutionCampaign> campaigns = assignments.campaigns();
        if (campaigns.isEmpty()) {
            add(new Paragraph(getTranslation("execution.assign.noCampaign")));
            return;
        }
        campaign.setLabel(getTranslation("execution.worklist.campaign"));
        campaign.setId("assignment-campaign");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(ExecutionCampaign::name);
        campaign.setValue(campaigns.getFirst());
        campaign.setWidth("28rem");
        campaign.addValueChangeListener(change -> refresh());
        unassigned.setId("assignment-unassigned");
        unassigned.addClassName("assignment-unassigned");

        loads.addColumn(StaffMember::name).setHeader(getTranslation("execution.field.staff")).setFlexGrow(2);
        loads.addColumn(StaffMember::unitName).setHeader(getTranslation("execution.field.unit")).setFlexGrow(2);
        loads.addColumn(member -> VnFormats.number(open.getOrDefault(member.id(), 0L))).setKey("open")
                .setHeader(getTranslation("execution.assign.openTasks")).setAutoWidth(true).setFlexGrow(0);
        loads.setItems(staff);
        loads.setAllRowsVisible(true);
        loads.addThemeVariants(GridVariant.LUMO_COMPACT);

        MultiSelectComboBox<StaffMember> evenStaff = staffPicker();
        evenStaff.setLabel(getTranslation("execution.assign.staff"));
        evenStaff.setId("assignment-even-staff");
        evenStaff.setValue(staff);
        Button evenly = new Button(getTranslation("execution.assign.evenly"), click -> run(() -> assignments
                .assignEvenly(campaignId(), evenStaff.getValue().stream().map(StaffMember::id).toList()),
                "execution.assign.done"));
        evenly.setId("assignment-evenly");
        evenly.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button byStore = new Button(getTranslation("execution.assign.byStore"),
                click -> run(() -> assignments.assignByStore(campaignId()), "execution.assign.done"));
        byStore.setId("assignment-by-store");
        byStore.setTooltipText(getTranslation("execution.assign.byStoreHelp"));
        Div bulk = new Div(evenStaff, evenly, byStore);
        bulk.addClassName("assignment-actions");

        Div top = new Div(campaign, unassigned);
        top.addClassName("assignment-actions");
        loads.setWidthFull();
        add(top, loads, bulk, byHand(), reassign());
        refresh();
    }

    private Div byHand() {
        shown.setLabel(getTranslation("execution.assign.filter"));
        shown.setItems(options());
        shown.setItemLabelGenerator(item -> item.map(StaffMember::name)
                .orElse(getTranslation("execution.assign.filterAll")));
        shown.setValue(Optional.empty());
        shown.setWidth("20rem");
        shown.addValueChangeListener(change -> refreshTasks());
        part.setLabel(getTranslation("execution.assign.view"));
        part.setId("assignment-view");
        part.setItems(UnitTaskFilter.values());
        part.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        part.setValue(UnitTaskFilter.OPEN);
        part.addValueChangeListener(change -> refreshTasks());
        // wide enough for a whole name: the columns beside it take their content's width and the grid scrolls instead
        tasks.addColumn(AssignmentRow::customerName).setHeader(getTranslation("execution.field.customer"))
                .setWidth("14rem").setFlexGrow(2);
        tasks.addColumn(AssignmentRow::customerCode).setHeader(getTranslation("execution.field.code")).setAutoWidth(true).setFlexGrow(0);
        tasks.addColumn(row -> VnFormats.dateTime(row.dueAt())).setKey("due")
                .setHeader(getTranslation("execution.field.due")).setAutoWidth(true).setFlexGrow(0);
        tasks.addColumn(row -> row.commune() == null ? "" : row.commune())
                .setHeader(getTranslation("execution.assign.commune")).setAutoWidth(true);
        tasks.addColumn(AssignmentRow::managingUnit).setHeader(getTranslation("execution.assign.managingUnit"))
                .setAutoWidth(true);
        tasks.addColumn(row -> row.assigneeName() == null ? "—" : row.assigneeName()).setKey("assignee")
                .setHeader(getTranslation("execution.field.staff")).setAutoWidth(true);
        tasks.setSelectionMode(Grid.SelectionMode.MULTI);
        tasks.setHeight("22rem");
        tasks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tasks.setId("assignment-tasks");
        ComboBox<StaffMember> to = new ComboBox<>(getTranslation("execution.assign.selectedTo"));
        to.setItems(staff);
        to.setItemLabelGenerator(StaffMember::name);
        to.setId("assignment-selected-to");
        Button assign = new Button(getTranslation("execution.assign.selected"), click -> {
            if (to.getValue() == null) {
                Notifications.error(getTranslation("execution.assign.noStaff"));
                return;
            }
            run(() -> assignments.assignSelected(campaignId(), tasks.getSelectedItems().stream()
                    .map(AssignmentRow::taskId).toList(), to.getValue().id()), "execution.assign.done");
        });
        assign.setId("assignment-selected");
        Div actions = new Div(to, assign);
        actions.addClassName("assignment-actions");
        tasks.setWidthFull();
        Div filters = new Div(part, shown);
        filters.addClassName("assignment-actions");
        Div byHand = new Div(filters, tasks, actions);
        byHand.setWidthFull();
        return byHand;
    }

    private Div reassign() {
        ComboBox<StaffMember> from = new ComboBox<>(getTranslation("execution.assign.from"));
        from.setItems(staff);
        from.setItemLabelGenerator(StaffMember::name);
        from.setId("reassign-from");
        ComboBox<StaffMember> to = new ComboBox<>(getTranslation("execution.assign.to"));
        to.setItems(staff);
        to.setItemLabelGenerator(StaffMember::name);
        to.setClearButtonVisible(true);
        to.setWidth("24rem");
        from.setWidth("16rem");
        to.setId("reassign-to");
        Button move = new Button(getTranslation("execution.assign.reassign"), click -> {
            if (from.getValue() == null) {
                Notifications.error(getTranslation("execution.assign.noStaff"));
                return;
            }
            run(() -> assignments.reassign(from.getValue().id(), to.getValue() == null ? null : to.getValue().id()),
                    "execution.assign.moved");
        });
        move.setId("reassign-move");
        Div actions = new Div(from, to, move);
        actions.addClassName("assignment-actions");
        return new Div(new H3(getTranslation("execution.assign.reassignTitle")), actions);
    }

    private MultiSelectComboBox<StaffMember> staffPicker() {
        MultiSelectComboBox<StaffMember> picker = new MultiSelectComboBox<>();
        picker.setItems(staff);
        picker.setItemLabelGenerator(StaffMember::name);
        picker.setWidth("24rem");
        return picker;
    }

    private List<Optional<StaffMember>> options() {
        List<Optional<StaffMember>> options = new java.util.ArrayList<>();
        options.add(Optional.empty());
        staff.forEach(member -> options.add(Optional.of(member)));
        return options;
    }

    private void run(IntSupplier action, String doneKey) {
        UserAction.run(this, () -> {
            int count = action.getAsInt();
            Notifications.success(getTranslation(doneKey, VnFormats.number(count)));
            refresh();
        });
    }

    private void refresh() {
        open = assignments.openLoads(campaignId());
        unassigned.setText(getTranslation("execution.assign.unassigned", VnFormats.number(open.getOrDefault(0L, 0L))));
        loads.getDataProvider().refreshAll();
        refreshTasks();
    }

    private void refreshTasks() {
        @Nullable Long assignee = shown.getValue() == null ? null : shown.getValue().map(StaffMember::id).orElse(null);
        UnitTaskFilter filter = part.getValue();
        long campaignId = campaignId();
        long count = assignments.count(campaignId, assignee, filter);
        tasks.setItems(query -> assignments.openTasks(campaignId, assignee, filter, query.getOffset(),
                query.getLimit()).stream(), query -> (int) Math.min(count, Integer.MAX_VALUE));
    }

    private long campaignId() {
        return campaign.getValue().id();
    }

    /**
     * {@code ?campaign=<id>} (a notice's link) opens that campaign's tasks; {@code &view=UNASSIGNED|OVERDUE}
     * (the home page's) shows only those.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> asked = parameters.getOrDefault("campaign", List.of());
        if (!asked.isEmpty() && campaign.getValue() != null) {
            campaign.getListDataView().getItems().filter(item -> String.valueOf(item.id()).equals(asked.getFirst()))
                    .findFirst().ifPresent(campaign::setValue);
        }
        parameters.getOrDefault("view", List.of()).stream().findFirst().flatMap(view -> java.util.Arrays.stream(
                UnitTaskFilter.values()).filter(value -> value.name().equals(view)).findFirst()).ifPresent(part::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("execution.assign.title");
    }
}
