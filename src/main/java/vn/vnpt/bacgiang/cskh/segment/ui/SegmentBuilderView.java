package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitKind;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.segment.Segment;
import vn.vnpt.bacgiang.cskh.segment.SegmentCount;
import vn.vnpt.bacgiang.cskh.segment.SegmentCriteria;
import vn.vnpt.bacgiang.cskh.segment.SegmentExport;
import vn.vnpt.bacgiang.cskh.segment.SegmentPreset;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/**
 * Step 1's segment builder: a preset or hand-built AND/OR criteria, the count per district and
 * unit recomputed on every change, the members page by page, exports, and saving.
 */
@Route("segments/new")
@RouteAlias("segments/:id(\\d+)/edit")
@RolesAllowed(Permissions.SEGMENT_BUILD)
@Menu(title = "segment.nav", order = 20, icon = "vaadin:filter")
@StyleSheet("context://styles/segment.css")
class SegmentBuilderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final EnumSet<UnitKind> MANAGING_KINDS =
            EnumSet.of(UnitKind.ENTERPRISE_SALES, UnitKind.DISTRICT_SALES, UnitKind.STORE);

    private final SegmentQuery query;
    private final SegmentService segments;
    private final H1 title = new H1();
    private final CriteriaEditor criteriaEditor;
    private final CountPanel countPanel = new CountPanel();
    private final MembersGrid members;
    private final ExportLinks exports;
    private final Button save = new Button();
    private SegmentCriteria criteria = SegmentCriteria.everyone();
    private Segment segment = new Segment();

    SegmentBuilderView(SegmentQuery query, SegmentService segments, SegmentExport export, UnitService units) {
        this.query = query;
        this.segments = segments;
        addClassName("view");
        addClassName("segment-builder");
        List<Unit> managingUnits = units.findInScope().stream()
                .filter(unit -> unit.getKind() != null && MANAGING_KINDS.contains(unit.getKind())).toList();
        criteriaEditor = new CriteriaEditor(new CriterionEditors(this, managingUnits, query::packageNames));
        criteriaEditor.addChangeListener(change -> recount(change.criteria()));
        members = new MembersGrid(query);
        exports = new ExportLinks(export, () -> criteria);

        save.setText(getTranslation("segment.save"));
        save.setIcon(VaadinIcon.DISC.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> openSaveDialog());
        save.setVisible(segments.canSave());
        Div header = new Div(title, presets(), save);
        header.addClassName("view-header");

        Div builder = new Div(criteriaEditor, countPanel);
        builder.addClassName("segment-workspace");
        Div membersHeader = new Div(new H3(getTranslation("segment.members.title")), exports);
        membersHeader.addClassName("segment-members-header");
        add(header, builder, membersHeader, members);
    }

    /** Opens the builder on a new segment. */
    static void create(Component from) {
        from.getUI().ifPresent(ui -> ui.navigate(SegmentBuilderView.class));
    }

    /** Opens the builder on a saved segment. */
    static void edit(Component from, long segmentId) {
        from.getUI().ifPresent(ui -> ui.navigate(SegmentBuilderView.class,
                new RouteParameters("id", String.valueOf(segmentId))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        segment = event.getRouteParameters().getLong("id").map(segments::get).orElseGet(Segment::new);
        title.setText(segment.getId() == null ? getTranslation("segment.builder.title")
                : getTranslation("segment.builder.edit", segment.getName()));
        criteriaEditor.setCriteria(segment.getCriteria());
    }

    private Select<SegmentPreset> presets() {
        Select<SegmentPreset> presets = new Select<>();
        presets.setLabel(getTranslation("segment.preset"));
        presets.setPlaceholder(getTranslation("segment.preset.placeholder"));
        presets.setItems(SegmentPreset.values());
        presets.setItemLabelGenerator(preset -> getTranslation(preset.labelKey()));
        presets.addClassName("segment-presets");
        presets.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                criteriaEditor.setCriteria(event.getValue().criteria());
            }
        });
        return presets;
    }

    private void recount(SegmentCriteria changed) {
        criteria = changed;
        try {
            SegmentCount count = query.count(changed);
            criteriaEditor.showProblem(null, null);
            countPanel.show(count);
            members.show(changed);
            exports.setAvailable(true);
            save.setEnabled(true);
        } catch (RuleViolation violation) {
            String message = getTranslation(violation.messageKey(), violation.arguments());
            criteriaEditor.showProblem(violation.field(), message);
            countPanel.showProblem(message);
            members.clear();
            exports.setAvailable(false);
            save.setEnabled(false);
        }
    }

    private void openSaveDialog() {
        EditorDialog<Segment> dialog = new EditorDialog<>(getTranslation("segment.save.title"), new SegmentForm(),
                segment, edited -> {
                    edited.setCriteria(criteria);
                    return segments.save(edited);
                }, () -> segments.get(Objects.requireNonNull(segment.getId())));
        dialog.addSavedListener(saved -> {
            segment = (Segment) saved.saved();
            edit(this, Objects.requireNonNull(segment.getId()));
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segment.builder.title");
    }
}
