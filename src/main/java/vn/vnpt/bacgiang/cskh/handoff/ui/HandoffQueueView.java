package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Role;
import vn.vnpt.bacgiang.cskh.security.Roles;

/**
 * The hand-off queue: a TTVT's received hand-offs (open ones, overdue first then by deadline), the
 * hand-offs a sales unit sent, or for ĐHNV and the Director all of them by receiving unit. Paged and
 * sorted on the server; each row shows its deadline, working time left and flag.
 */
@Route("handoffs")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.PLANNER, Roles.SUPERVISOR, Roles.SALES_MANAGER, Roles.CARE_STAFF,
        Roles.TTVT_STAFF})
@Menu(title = "handoff.nav.queue", order = 33, icon = "vaadin:exchange")
@StyleSheet("context://styles/handoff.css")
class HandoffQueueView extends VerticalLayout implements HasDynamicTitle {

    private final HandoffService handoffs;
    private final Grid<HandoffRow> grid = new Grid<>();
    private final QueueFilterBar filters;
    private Grid.Column<HandoffRow> otherUnit;

    HandoffQueueView(HandoffService handoffs, CurrentUser currentUser) {
        this.handoffs = handoffs;
        addClassNames("view", "handoff-queue");
        setSizeFull();
        filters = new QueueFilterBar(handoffs, handoffs.defaultMode(), this::refresh);
        Div header = new Div(new H2(getTranslation("handoff.queue.title")));
        header.addClassName("view-header");
        if (currentUser.require().hasRole(Role.CARE_STAFF) || currentUser.require().hasRole(Role.SALES_MANAGER)) {
            Button raise = new Button(getTranslation("handoff.raise.open"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("handoffs/new")));
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            raise.setId("handoff-raise");
            header.add(raise);
        }
        configureGrid();
        add(header, filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("handoff-queue");
        grid.addComponentColumn(row -> {
            Span reference = new Span(row.handoff().reference());
            reference.addClassName("handoff-reference");
            Div cell = new Div(reference, HandoffTexts.flag(this, row.sla()),
                    HandoffTexts.escalation(this, row.handoff()));
            cell.addClassName("handoff-reference-cell");
            return cell;
        }).setHeader(getTranslation("handoff.reference")).setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(row -> HandoffTexts.deadline(row.sla())).setHeader(getTranslation("handoff.deadline"))
                .setKey(QueueFilter.Sort.DEADLINE.name()).setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> HandoffTexts.remaining(this, row.sla())).setHeader(getTranslation("handoff.remaining"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.handoff().getCustomerName()).setHeader(getTranslation("handoff.customer"))
                .setKey(QueueFilter.Sort.CUSTOMER.name()).setSortable(true).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.handoff().getType().labelKey()))
                .setHeader(getTranslation("handoff.type")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.handoff().getPriority().labelKey()))
                .setHeader(getTranslation("handoff.priority")).setKey(QueueFilter.Sort.PRIORITY.name())
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(row -> HandoffTexts.state(this, row.handoff()))
                .setHeader(getTranslation("handoff.state")).setKey(QueueFilter.Sort.STATE.name()).setSortable(true)
                .setAutoWidth(true);
        otherUnit = grid.addColumn(row -> filters.mode() == QueueFilter.Mode.RECEIVED
                        ? row.handoff().getRequesterUnitName() : row.handoff().getReceiverUnitName())
                .setWidth("14rem").setFlexGrow(1);
        grid.addColumn(row -> VnFormats.dateTime(row.handoff().getSentAt())).setHeader(getTranslation("handoff.sentAt"))
                .setKey(QueueFilter.Sort.SENT.name()).setSortable(true).setAutoWidth(true);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPartNameGenerator(row -> row.sla() == null ? null : "sla-" + row.sla().state().name().toLowerCase());
        grid.addItemClickListener(event -> open(event.getItem().handoff()));
        grid.setSizeFull();
    }

    private void open(Handoff handoff) {
        getUI().ifPresent(ui -> ui.navigate(HandoffView.class, Objects.requireNonNull(handoff.getId())));
    }

    private void refresh() {
        QueueFilter base = filters.filter();
        otherUnit.setHeader(getTranslation(base.mode() == QueueFilter.Mode.RECEIVED ? "handoff.requesterUnit"
                : "handoff.receiver"));
        grid.setItems(query -> {
            QueueFilter filter = base;
            if (!query.getSortOrders().isEmpty()) {
                var order = query.getSortOrders().get(0);
                filter = base.sortedBy(QueueFilter.Sort.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING);
            }
            return handoffs.queue(filter, query.getPage(), query.getPageSize()).stream();
        });
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(QueueFilter.Sort.DEADLINE.name())).build());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handoff.queue.title");
    }
}
