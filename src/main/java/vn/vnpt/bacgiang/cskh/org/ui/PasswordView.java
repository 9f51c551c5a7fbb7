package vn.vnpt.bacgiang.cskh.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.org.StaffService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/**
 * The signed-in user changes their own password: the current one, the new one twice. A user whose
 * password an Admin reset is kept here until done (security.SessionGuard).
 */
@Route(MainLayout.PASSWORD_ROUTE)
@PermitAll
class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final StaffService staff;
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    PasswordView(StaffService staff, CurrentUser currentUser) {
        this.staff = staff;
        addClassName("view");
        add(new H1(getTranslation("org.password.title")));
        if (currentUser.require().mustChangePassword()) {
            Paragraph forced = new Paragraph(getTranslation("org.password.forced"));
            forced.addClassName("password-forced");
            add(forced);
        }
        current.setLabel(getTranslation("org.password.current"));
        password.setLabel(getTranslation("org.password.new"));
        password.setHelperText(getTranslation("org.user.password.help"));
        repeated.setLabel(getTranslation("org.password.repeat"));
        Button save = new Button(getTranslation("org.password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, password, repeated);
        form.setMaxWidth("32em");
        add(form, save);
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {current, password, repeated}) {
            field.setInvalid(false);
        }
        try {
            staff.changeOwnPassword(current.getValue(), password.getValue(), repeated.getValue());
            Notifications.success(getTranslation("org.password.changed"));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (RuleViolation violation) {
            PasswordField field = switch (String.valueOf(violation.field())) {
                case "current" -> current;
                case "repeated" -> repeated;
                default -> password;
            };
            field.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.password.title");
    }
}
