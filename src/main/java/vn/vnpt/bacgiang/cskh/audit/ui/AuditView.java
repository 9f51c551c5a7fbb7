package vn.vnpt.bacgiang.cskh.audit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditEntry;
import vn.vnpt.bacgiang.cskh.audit.AuditFilter;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** The Admin's browser of the audit trail: newest changes first, filtered, each opening its before and after. */
@Route("audit")
@RolesAllowed(Permissions.AUDIT_READ)
@Menu(title = "audit.nav", order = 95, icon = "vaadin:records")
@StyleSheet("context://styles/audit.css")
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Below this window width (phones) the grid keeps only when, who, what and the summary. */
    private static final int NARROW_WINDOW = 800;

    private final Grid<AuditEntry> grid = new Grid<>();
    private final List<Grid.Column<AuditEntry>> secondaryColumns;
    private AuditFilter filter = AuditFilter.none();
    private @Nullable Registration resizeRegistration;
    private final AuditFilterBar filterBar;

    AuditView(AuditTrail auditTrail) {
        addClassName("view");
        addClassName("audit-view");

        filterBar = new AuditFilterBar(auditTrail.entityTypes());
        filterBar.addFilterChangeListener(change -> {
            filter = change.filter();
            grid.getDataProvider().refreshAll();
        });

        secondaryColumns = addColumns();
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> auditTrail.search(filter, query.getPage(), query.getPageSize()).stream());
        grid.asSingleSelect().addValueChangeListener(selection -> {
            if (selection.getValue() != null) {
                showDetails(selection.getValue());
            }
        });

        add(header(filterBar), filterBar, grid);
        setFlexGrow(1, grid);
    }

    /** A shareable link's filters, e.g. {@code audit?from=2026-11-28&to=2026-12-04} from the Admin's home page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filterBar.apply(event.getLocation().getQueryParameters().getParameters());
    }

    private Div header(AuditFilterBar filterBar) {
        Button clear = new Button(getTranslation("audit.filter.clear"), VaadinIcon.ERASER.create(),
                click -> filterBar.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new H1(getTranslation("audit.title")), clear);
        header.addClassName("view-header");
        header.setWidthFull();
        return header;
    }

    /** Adds the grid's columns and returns those a phone has no room for. */
    private List<Grid.Column<AuditEntry>> addColumns() {
        column(entry -> VnFormats.dateTime(entry.getOccurredAt()), "audit.column.time", "10.5rem").setFrozen(true);
        column(AuditEntry::getActorUsername, "audit.column.actor", "9rem");
        Grid.Column<AuditEntry> unit = column(AuditEntry::getActorUnitName, "audit.column.unit", "10rem")
                .setTooltipGenerator(entry -> Objects.requireNonNullElse(entry.getActorUnitName(), ""));
        column(entry -> getTranslation(entry.getAction().labelKey()), "audit.column.action", "10rem");
        Grid.Column<AuditEntry> type = column(AuditEntry::getEntityType, "audit.column.type", "8rem");
        Grid.Column<AuditEntry> id = column(AuditEntry::getEntityId, "audit.column.id", "6rem");
        column(AuditEntry::getSummary, "audit.column.summary", "12rem").setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::getSummary);
        return List.of(unit, type, id);
    }

    private void showDetails(AuditEntry entry) {
        AuditEntryDetails details = new AuditEntryDetails(entry);
        details.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                grid.deselectAll();
            }
        });
        details.open();
    }

    private Grid.Column<AuditEntry> column(ValueProvider<AuditEntry, ?> value, String headerKey, String width) {
        return grid.addColumn(value).setHeader(getTranslation(headerKey)).setWidth(width).setFlexGrow(0)
                .setResizable(true);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        Page page = attach.getUI().getPage();
        fitColumnsTo(page.getExtendedClientDetails().getWindowInnerWidth());
        resizeRegistration = page.addBrowserWindowResizeListener(resize -> fitColumnsTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizeRegistration != null) {
            resizeRegistration.remove();
        }
    }

    private void fitColumnsTo(int windowWidth) {
        // A width of 0 or less means the browser has not told it yet: show everything, the grid scrolls.
        boolean wide = windowWidth <= 0 || windowWidth >= NARROW_WINDOW;
        secondaryColumns.forEach(column -> column.setVisible(wide));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
