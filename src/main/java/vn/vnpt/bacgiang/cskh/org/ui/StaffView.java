package vn.vnpt.bacgiang.cskh.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.org.StaffFilter;
import vn.vnpt.bacgiang.cskh.org.StaffService;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.org.UserAccount;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * The staff of the user's units and their accounts: everyone reads their scope, Admins and sales
 * managers maintain accounts (the service decides which). {@code staff/<id>} opens one person.
 */
@Route("staff")
@PermitAll
@Menu(title = "org.nav.staff", order = 70, icon = "vaadin:users")
class StaffView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final StaffService staff;
    private final List<Unit> units;
    private final Grid<UserAccount> grid = new Grid<>();
    private final ComboBox<Unit> unitFilter;
    private final TextField search = new TextField();

    StaffView(StaffService staff, UnitService unitService) {
        this.staff = staff;
        this.units = unitService.findInScope();
        addClassName("view");
        setSizeFull();

        unitFilter = new ComboBox<>(getTranslation("org.user.unit"), units);
        unitFilter.setItemLabelGenerator(Unit::getName);
        unitFilter.setClearButtonVisible(true);
        unitFilter.addValueChangeListener(event -> refresh());
        search.setLabel(getTranslation("form.search"));
        search.setPlaceholder(getTranslation("org.staff.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        Div filters = new Div(unitFilter, search);
        filters.addClassName("filter-bar");

        Div header = new Div(new H1(getTranslation("org.staff.title")));
        header.addClassName("view-header");
        if (staff.canMaintainAccounts()) {
            Button add = new Button(getTranslation("org.user.new"), VaadinIcon.PLUS.create(),
                    click -> edit(newAccount()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }

        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("org.user.fullName")).setFlexGrow(2);
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("org.user.username")).setAutoWidth(true);
        grid.addColumn(account -> Objects.requireNonNull(account.getUnit()).getName())
                .setHeader(getTranslation("org.user.unit")).setFlexGrow(2);
        grid.addColumn(account -> account.getRoles().stream().sorted().map(role -> getTranslation(role.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("org.user.roles")).setFlexGrow(2);
        grid.addColumn(account -> account.getPhone() == null ? "" : account.getPhone())
                .setHeader(getTranslation("org.user.phone")).setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.isEnabled() ? "org.user.enabled.yes" : "org.user.enabled.no"))
                .setHeader(getTranslation("org.user.enabled")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        if (staff.canMaintainAccounts()) {
            grid.addItemClickListener(event -> edit(staff.get(Objects.requireNonNull(event.getItem().getId()))));
        }

        add(header, filters, grid);
        refresh();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        event.getLocation().getQueryParameters().getSingleParameter("search").ifPresent(search::setValue);
        if (id != null) {
            UserAccount account = staff.get(id);
            if (staff.canMaintainAccounts()) {
                edit(account);
            } else {
                search.setValue(account.getUsername());
            }
        }
    }

    private void refresh() {
        StaffFilter filter = new StaffFilter(unitFilter.getValue() == null ? null : unitFilter.getValue().getId(),
                search.getValue());
        grid.setItems(query -> staff.find(filter, query.getPage(), query.getPageSize()).stream());
    }

    private UserAccount newAccount() {
        UserAccount account = new UserAccount();
        if (staff.assignableRoles().contains(Role.CARE_STAFF)) {
            account.setRoles(EnumSet.of(Role.CARE_STAFF));
        }
        return account;
    }

    private void edit(UserAccount account) {
        boolean isNew = account.getId() == null;
        UserForm form = new UserForm(units, staff.assignableRoles(), isNew);
        if (!isNew && staff.assignableRoles().contains(Role.ADMIN)) {
            staff.lockedUntil(account).ifPresent(until -> form.showLock(
                    getTranslation("org.user.locked", VnFormats.dateTime(until)),
                    getTranslation("org.user.unlock"), () -> {
                        staff.unlock(Objects.requireNonNull(account.getId()));
                        Notifications.success(getTranslation("org.user.unlocked", account.getUsername()));
                    }));
        }
        String title = isNew ? getTranslation("org.user.new") : getTranslation("org.user.edit", account.getFullName());
        EditorDialog<UserAccount> dialog = new EditorDialog<>(title, form, account,
                edited -> staff.save(edited, form.newPassword()),
                () -> staff.get(Objects.requireNonNull(account.getId())));
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.staff.title");
    }
}
