package vn.vnpt.bacgiang.cskh.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UserAccount;
import vn.vnpt.bacgiang.cskh.security.Role;

class UserForm extends BeanForm<UserAccount> {

    private final PasswordField password = new PasswordField();

    UserForm(List<Unit> units, Set<Role> assignableRoles, boolean isNew) {
        super(UserAccount.class);
        TextField username = new TextField(getTranslation("org.user.username"));
        TextField fullName = new TextField(getTranslation("org.user.fullName"));
        TextField title = new TextField(getTranslation("org.user.title"));
        EmailField email = new EmailField(getTranslation("org.user.email"));
        TextField phone = new TextField(getTranslation("org.user.phone"));
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("org.user.unit"), units);
        unit.setItemLabelGenerator(Unit::getName);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("org.user.roles"));
        roles.setItems(assignableRoles);
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        Checkbox enabled = new Checkbox(getTranslation("org.user.enabled"));
        password.setLabel(getTranslation(isNew ? "org.user.password" : "org.user.password.reset"));
        password.setHelperText(getTranslation("org.user.password.help"));
        password.setRequired(isNew);

        binder.forField(username).asRequired().bind("username");
        binder.forField(fullName).asRequired().bind("fullName");
        binder.forField(title).bind("title");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(unit).asRequired().bind("unit");
        binder.forField(roles).asRequired().bind("roles");
        binder.forField(enabled).bind("enabled");

        getContent().add(fullName, username, title, unit, email, phone, roles, password, enabled);
        getContent().setColspan(roles, 2);
    }

    /** Says until when repeated wrong passwords lock the account, with a button that lifts the lock. */
    void showLock(String text, String unlockLabel, Runnable unlock) {
        Span lock = new Span(text);
        lock.addClassName("user-lock");
        Button lift = new Button(unlockLabel, VaadinIcon.UNLOCK.create());
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
        lift.addClickListener(click -> {
            unlock.run();
            lock.getParent().ifPresent(parent -> parent.setVisible(false));
        });
        Div line = new Div(lock, lift);
        line.addClassName("user-lock-line");
        getContent().addComponentAsFirst(line);
        getContent().setColspan(line, 2);
    }

    String newPassword() {
        return password.getValue();
    }

    @Override
    public boolean showError(String property, String message) {
        if ("password".equals(property)) {
            password.setErrorMessage(message);
            password.setInvalid(true);
            return true;
        }
        return super.showError(property, message);
    }
}
