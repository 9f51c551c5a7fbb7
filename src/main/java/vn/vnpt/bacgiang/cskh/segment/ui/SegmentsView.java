package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.segment.Segment;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/** Saved segments, newest first: each opens in the builder or is copied to be changed. */
@Route("segments")
@RolesAllowed(Permissions.SEGMENT_BUILD)
@Menu(title = "segment.nav.saved", order = 21, icon = "vaadin:folder-open-o")
@StyleSheet("context://styles/segment.css")
class SegmentsView extends VerticalLayout implements HasDynamicTitle {

    private final SegmentService segments;
    private final Grid<Segment> grid = new Grid<>();

    SegmentsView(SegmentService segments, UnitService units) {
        this.segments = segments;
        addClassName("view");
        setSizeFull();
        Map<Long, String> unitNames = units.findInScope().stream()
                .collect(Collectors.toMap(unit -> Objects.requireNonNull(unit.getId()), Unit::getName));
        CriteriaSummary summary = new CriteriaSummary(this, id -> unitNames.getOrDefault(id, "#" + id));

        Button create = new Button(getTranslation("segment.list.new"), VaadinIcon.PLUS.create(),
                click -> SegmentBuilderView.create(this));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H1(getTranslation("segment.list.title")), create);
        header.addClassName("view-header");

        grid.addColumn(Segment::getName).setHeader(getTranslation("segment.list.name")).setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(Segment::getOwnerName).setHeader(getTranslation("segment.list.owner")).setAutoWidth(true);
        grid.addColumn(segment -> VnFormats.number(segment.getMemberCount()))
                .setHeader(getTranslation("segment.list.count")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(segment -> VnFormats.dateTime(segment.getSavedAt()))
                .setHeader(getTranslation("segment.list.saved")).setAutoWidth(true);
        grid.addColumn(segment -> summary.describe(segment.getCriteria()))
                .setHeader(getTranslation("segment.list.criteria")).setWidth("14rem").setFlexGrow(3)
                .setTooltipGenerator(segment -> summary.describe(segment.getCriteria()));
        boolean canSave = segments.canSave();
        grid.addComponentColumn(segment -> actions(segment, canSave)).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("segment.list.empty"));
        grid.setItems(query -> segments.list(query.getPage(), query.getPageSize()).stream());
        grid.setSizeFull();
        add(header, grid);
    }

    private Div actions(Segment segment, boolean canSave) {
        long id = Objects.requireNonNull(segment.getId());
        Button open = new Button(getTranslation("segment.list.open"), VaadinIcon.EDIT.create(),
                click -> SegmentBuilderView.edit(this, id));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button copy = new Button(getTranslation("segment.list.copy"), VaadinIcon.COPY_O.create(),
                click -> copy(segment));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        copy.setVisible(canSave);
        Div actions = new Div(open, copy);
        actions.addClassName("segment-actions");
        return actions;
    }

    private void copy(Segment original) {
        String name = getTranslation("segment.copy.name", original.getName());
        UserAction.run(this, () -> {
            Segment copy = segments.copy(Objects.requireNonNull(original.getId()), name);
            Notifications.success(getTranslation("segment.copied", copy.getName()));
            SegmentBuilderView.edit(this, Objects.requireNonNull(copy.getId()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segment.list.title");
    }
}
