package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.TaskDetails;
import vn.vnpt.bacgiang.cskh.execution.TaskState;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * A care staff member's open tasks (or today's appointments, or the tasks done today), due first then
 * VIP first, beside the selected task's facts,
 * filled-in script and contact form. Saving a contact selects the next task and puts the keyboard
 * on its form, so a list can be worked through without the mouse.
 */
@Route(value = "worklist", layout = MainLayout.class)
@RolesAllowed(Permissions.TASK_WORK)
@Menu(title = "execution.nav.worklist", order = 30, icon = "vaadin:phone")
@StyleSheet("context://styles/execution.css")
class WorklistView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How far down the list the saved task is looked for, to open the one after it, and a page of that search. */
    private static final int SCAN = 500;
    private static final int PAGE = 50;

    private final ExecutionService execution;
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final Select<Optional<ExecutionCampaign>> campaign = new Select<>();
    private final Select<WorklistFilter> filter = new Select<>();
    private final Span count = new Span();
    private final Grid<WorklistRow> grid = new Grid<>();
    private final Div detail = new Div();
    private @Nullable TaskPanel panel;

    WorklistView(ExecutionService execution) {
        this.execution = execution;
        addClassNames("view", "worklist-view");
        setSizeFull();
        List<Optional<ExecutionCampaign>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        execution.worklistCampaigns().forEach(item -> choices.add(Optional.of(item)));
        campaign.setLabel(getTranslation("execution.worklist.campaign"));
        campaign.setId("worklist-campaign");
        campaign.setItems(choices);
        campaign.setItemLabelGenerator(item -> item.map(ExecutionCampaign::name)
                .orElse(getTranslation("execution.worklist.allCampaigns")));
        campaign.setValue(Optional.empty());
        campaign.addValueChangeListener(change -> refresh());
        filter.setLabel(getTranslation("execution.worklist.filter"));
        filter.setId("worklist-filter");
        filter.setItems(WorklistFilter.values());
        filter.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        filter.setValue(WorklistFilter.OPEN);
        filter.addValueChangeListener(change -> refresh());
        count.addClassName("worklist-count");
        Div header = new Div(new H1(getTranslation("execution.worklist.title")), filter, campaign, count);
        header.addClassName("view-header");

        // Lit templates, not components: a component per cell held about a hundred state nodes per open worklist
        grid.addColumn(LitRenderer.<WorklistRow>of(
                        "<span class='worklist-name'>${item.name}</span><span class='worklist-more'>${item.more}</span>")
                        .withProperty("name", WorklistRow::customerName)
                        .withProperty("more", row -> row.customerCode() + (row.vipTier() == VipTier.NONE ? ""
                                : " · " + getTranslation(row.vipTier().labelKey()))))
                .setKey("customer").setHeader(getTranslation("execution.field.customer")).setFlexGrow(3);
        // every spare pixel goes to the customer's name: wrapped onto a second line it costs a phone two whole tasks
        grid.addColumn(LitRenderer.<WorklistRow>of(
                        "<span class=${item.kind} theme=${item.theme}>${item.due}</span>")
                        .withProperty("due", this::due)
                        .withProperty("kind", row -> row.state() == TaskState.OPEN && row.appointmentAt() != null
                                ? "worklist-appointment" : "")
                        .withProperty("theme", row -> row.state() != TaskState.OPEN ? "badge success" : ""))
                .setKey("due").setHeader(getTranslation("execution.field.due")).setFlexGrow(0).setWidth("7.5rem");
        grid.addColumn(row -> row.failedAttempts() == 0 ? "" : String.valueOf(row.failedAttempts()))
                .setHeader(getTranslation("execution.field.attempts")).setWidth("5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("execution.worklist.empty"));
        grid.addClassName("worklist-grid");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(change.getValue().taskId());
            }
        });
        detail.addClassName("worklist-detail");
        // It scrolls on its own beside the grid, so keyboard users need to reach it (axe: scrollable-region-focusable).
        detail.getElement().setAttribute("tabindex", "0");
        detail.getElement().setAttribute("role", "region");
        detail.getElement().setAttribute("aria-label", getTranslation("execution.worklist.detail"));
        Div body = new Div(grid, detail);
        body.addClassName("worklist-body");
        add(header, body);
        setFlexGrow(1, body);
    }

    /** The visit's appointment, the task's state once it is no longer open, else the due time. */
    private String due(WorklistRow row) {
        if (row.state() != TaskState.OPEN) {
            return getTranslation(row.state().labelKey());
        }
        if (row.appointmentAt() != null) {
            return getTranslation("execution.worklist.appointment",
                    APPOINTMENT.format(row.appointmentAt().atZone(VnFormats.ZONE)));
        }
        return VnFormats.dateTime(row.dueAt());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("view", List.of()).stream().findFirst().flatMap(view -> Arrays.stream(
                WorklistFilter.values()).filter(part -> part.name().equals(view)).findFirst()).ifPresent(filter::setValue);
        List<String> asked = parameters.getOrDefault("campaign", List.of());
        if (!asked.isEmpty()) {
            campaign.getListDataView().getItems().filter(item -> item.isPresent()
                    && String.valueOf(item.get().id()).equals(asked.getFirst())).findFirst()
                    .ifPresent(campaign::setValue);
        }
        refresh();
    }

    /** Reloads the list and asks for a task to be picked. */
    private void refresh() {
        showHint(reload() == 0);
    }

    /** Reloads the list (lazily, a page at a time, with the count for the scroll bar); returns the count. */
    private long reload() {
        Long campaignId = campaignId();
        WorklistFilter part = filter.getValue();
        long open = execution.count(part, campaignId);
        grid.setItems(query -> execution.worklist(part, campaignId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(open, Integer.MAX_VALUE));
        count.setText(getTranslation(part == WorklistFilter.OPEN ? "execution.worklist.open"
                : part.labelKey() + ".count", VnFormats.number(open)));
        grid.setEmptyStateText(emptyText());
        return open;
    }

    /**
     * Reloads the list and opens the task that now stands where the saved one stood: the one after it when the saved
     * task stayed in place (a callback still due first), the last one when the list has become shorter.
     */
    private void refreshAfter(long savedTaskId, int position) {
        long open = reload();
        List<WorklistRow> there = open == 0 ? List.of()
                : execution.worklist(filter.getValue(), campaignId(), position, 2);
        if (there.isEmpty() && open > 0) {
            there = execution.worklist(filter.getValue(), campaignId(), (int) (open - 1), 1);
        } else if (!there.isEmpty() && there.getFirst().taskId() == savedTaskId && there.size() > 1) {
            there = there.subList(1, 2);
        }
        if (there.isEmpty()) {
            showHint(open == 0);
            return;
        }
        grid.select(there.getFirst());
        if (panel != null) {
            panel.form().focus();
        }
    }

    private void showHint(boolean empty) {
        detail.removeAll();
        panel = null;
        detail.add(new Paragraph(empty ? emptyText() : getTranslation("execution.worklist.pick")));
    }

    private String emptyText() {
        WorklistFilter part = filter.getValue();
        return getTranslation(part == WorklistFilter.OPEN ? "execution.worklist.empty" : part.labelKey() + ".empty");
    }

    private void open(long taskId) {
        TaskDetails task = execution.task(taskId);
        if (panel == null) {
            detail.removeAll();
            panel = new TaskPanel(this::save, execution::evidence);
            detail.add(panel);
        }
        panel.show(task);
    }

    private void save(ContactEntry entry) {
        int position = positionOf(entry.taskId());
        if (UserAction.run(this, () -> execution.logContact(entry), "execution.task.conflict",
                violation -> panel != null && panel.form().show(violation), () -> open(entry.taskId()))) {
            Notifications.success(getTranslation("execution.contact.saved"));
            refreshAfter(entry.taskId(), position);
        }
    }

    /**
     * Where the task stands in the list, looked for a page at a time up to {@link #SCAN} rows (the task worked is
     * mostly near the top: reading 500 rows for each save was the database's largest share at 400 users); 0 if not.
     */
    private int positionOf(long taskId) {
        for (int offset = 0; offset < SCAN; offset += PAGE) {
            List<WorklistRow> page = execution.worklist(filter.getValue(), campaignId(), offset, PAGE);
            for (int row = 0; row < page.size(); row++) {
                if (page.get(row).taskId() == taskId) {
                    return offset + row;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return 0;
    }

    private @Nullable Long campaignId() {
        return campaign.getValue().map(ExecutionCampaign::id).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("execution.worklist.title");
    }
}
