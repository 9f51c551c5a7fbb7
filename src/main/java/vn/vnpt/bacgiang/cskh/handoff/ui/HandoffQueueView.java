package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.WindowWidth;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The hand-off queue: a TTVT's received hand-offs (open ones, overdue first then by deadline), the
 * hand-offs a sales unit sent, or for ĐHNV and the Director all of them by receiving unit. Paged and
 * sorted on the server; each row shows its deadline, working time left and flag. In a window narrower
 * than a tablet the columns give way to one card per hand-off ({@link QueueCells#card}), sorted by deadline.
 * {@code ?unit=<receiving unit id>&overdue=true} sets those filters, so a dashboard's figure links to its rows.
 */
@Route("handoffs")
@RolesAllowed(Permissions.HANDOFF_READ)
@Menu(title = "handoff.nav.queue", order = 33, icon = "vaadin:exchange")
@StyleSheet("context://styles/handoff.css")
class HandoffQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Below this window width (CSS pixels) the queue shows cards instead of columns. */
    static final int NARROW_WINDOW = 700;

    private final HandoffService handoffs;
    private final Grid<HandoffRow> grid = new Grid<>();
    private final QueueFilterBar filters;
    private final List<Grid.Column<HandoffRow>> columns = new ArrayList<>();
    private Grid.Column<HandoffRow> otherUnit;
    private Grid.Column<HandoffRow> cards;

    HandoffQueueView(HandoffService handoffs, CurrentUser currentUser) {
        this.handoffs = handoffs;
        addClassNames("view", "handoff-queue");
        setSizeFull();
        filters = new QueueFilterBar(handoffs, this::refresh);
        Div header = new Div(new H1(getTranslation("handoff.queue.title")));
        header.addClassName("view-header");
        if (currentUser.require().can(Permission.HANDOFF_RAISE)) {
            Button raise = new Button(getTranslation("handoff.raise.open"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(HandoffRaiseView.class)));
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
        grid.addColumn(QueueCells.reference(this)).setHeader(getTranslation("handoff.reference")).setWidth("9rem")
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(QueueCells.deadline(this))
                .setHeader(getTranslation("handoff.deadline")).setKey(QueueFilter.Sort.DEADLINE.name())
                .setSortable(true).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.handoff().getCustomerName()).setHeader(getTranslation("handoff.customer"))
                .setKey(QueueFilter.Sort.CUSTOMER.name()).setSortable(true).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(QueueCells.typeAndPriority(this))
                .setHeader(getTranslation("handoff.typeAndPriority")).setKey(QueueFilter.Sort.PRIORITY.name())
                .setSortable(true).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(QueueCells.state(this))
                .setHeader(getTranslation("handoff.state")).setKey(QueueFilter.Sort.STATE.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        otherUnit = grid.addColumn(this::otherUnitOf).setWidth("10rem").setFlexGrow(2);
        grid.addColumn(row -> VnFormats.dateTime(row.handoff().getSentAt())).setHeader(getTranslation("handoff.sentAt"))
                .setKey(QueueFilter.Sort.SENT.name()).setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        columns.addAll(grid.getColumns());
        cards = grid.addColumn(QueueCells.card(this, this::otherUnitOf))
                .setHeader(getTranslation("handoff.deadline")).setKey("CARDS").setSortable(true)
                .setSortOrderProvider(direction -> Stream.of(new QuerySortOrder(QueueFilter.Sort.DEADLINE.name(),
                        direction)));
        cards.setVisible(false);
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(row -> row.sla() == null ? null : "sla-" + row.sla().state().name().toLowerCase());
        grid.addItemClickListener(event -> open(event.getItem().handoff()));
        grid.setSizeFull();
        WindowWidth.follow(this, this::fitTo);
    }

    private String otherUnitOf(HandoffRow row) {
        return filters.mode() == QueueFilter.Mode.RECEIVED ? row.handoff().getRequesterUnitName()
                : row.handoff().getReceiverUnitName();
    }

    /** A shareable link's filters, e.g. {@code handoffs?mode=SENT&state=RESOLVED} from the home page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.apply(event.getLocation().getQueryParameters().getParameters());
    }

    /** Cards on a phone, columns otherwise; 0 or less: the browser has not told its width, so columns. */
    void fitTo(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_WINDOW;
        if (narrow == cards.isVisible()) {
            return;
        }
        columns.forEach(column -> column.setVisible(!narrow));
        cards.setVisible(narrow);
        sortByDeadline(); // on the header now shown
    }

    private void sortByDeadline() {
        grid.sort(GridSortOrder.asc(cards.isVisible() ? cards : grid.getColumnByKey(QueueFilter.Sort.DEADLINE.name()))
                .build());
    }

    private void open(Handoff handoff) {
        getUI().ifPresent(ui -> ui.navigate(HandoffView.class, Objects.requireNonNull(handoff.getId())));
    }

    private void refresh() {
        QueueFilter base = filters.filter();
        otherUnit.setHeader(getTranslation(base.mode() == QueueFilter.Mode.RECEIVED ? "handoff.requesterUnit"
                : "handoff.receiver"));
        grid.setEmptyStateText(getTranslation("handoff.queue.empty." + base.mode().name()));
        grid.setItems(query -> {
            QueueFilter filter = base;
            if (!query.getSortOrders().isEmpty()) {
                var order = query.getSortOrders().get(0);
                filter = base.sortedBy(QueueFilter.Sort.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING);
            }
            return handoffs.queue(filter, query.getPage(), query.getPageSize()).stream();
        });
        sortByDeadline();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handoff.queue.title");
    }
}
