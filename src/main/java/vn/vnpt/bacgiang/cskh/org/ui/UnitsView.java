package vn.vnpt.bacgiang.cskh.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** Admins maintain the organisation's units. */
@Route("units")
@RolesAllowed(Permissions.ADMINISTER)
@Menu(title = "org.nav.units", order = 90, icon = "vaadin:sitemap")
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final Grid<Unit> grid = new Grid<>();
    private final TextField search = new TextField();
    private List<Unit> all = List.of();

    UnitsView(UnitService units) {
        this.units = units;
        addClassName("view");
        setSizeFull();

        search.setPlaceholder(getTranslation("form.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> showMatching());
        Button add = new Button(getTranslation("org.unit.new"), VaadinIcon.PLUS.create(), click -> edit(new Unit()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H1(getTranslation("org.units.title")), search, add);
        header.addClassName("view-header");

        grid.addColumn(Unit::getCode).setHeader(getTranslation("org.unit.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(unit -> "\u2003".repeat(depth(unit)) + unit.getName()).setHeader(getTranslation("org.unit.name"))
                .setFlexGrow(3);
        grid.addColumn(unit -> unit.getKind() == null ? "" : getTranslation(unit.getKind().labelKey()))
                .setHeader(getTranslation("org.unit.kind")).setAutoWidth(true);
        grid.addColumn(unit -> unit.getDistrict() == null ? "" : unit.getDistrict().displayName())
                .setHeader(getTranslation("org.unit.district")).setAutoWidth(true);
        grid.addColumn(unit -> getTranslation(unit.isActive() ? "org.unit.active.yes" : "org.unit.active.no"))
                .setHeader(getTranslation("org.unit.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(event -> edit(units.get(Objects.requireNonNull(event.getItem().getId()))));
        grid.setSizeFull();

        add(header, grid);
        refresh();
    }

    private void refresh() {
        all = units.findInScope();
        showMatching();
    }

    private void showMatching() {
        String text = search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(text.isEmpty() ? all : all.stream().filter(unit -> matches(unit, text)).toList());
    }

    private static boolean matches(Unit unit, String text) {
        District district = unit.getDistrict();
        return unit.getName().toLowerCase(Locale.ROOT).contains(text)
                || unit.getCode().toLowerCase(Locale.ROOT).contains(text)
                || (district != null && district.displayName().toLowerCase(Locale.ROOT).contains(text));
    }

    private void edit(Unit unit) {
        String title = unit.getId() == null ? getTranslation("org.unit.new")
                : getTranslation("org.unit.edit", unit.getName());
        List<Unit> parents = all.stream().filter(other -> !Objects.equals(other.getId(), unit.getId())).toList();
        EditorDialog<Unit> dialog = new EditorDialog<>(title, new UnitForm(parents), unit, units::save,
                () -> units.get(Objects.requireNonNull(unit.getId())));
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    private static int depth(Unit unit) {
        return (int) unit.getPath().chars().filter(c -> c == '/').count() - 2;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.units.title");
    }
}
