package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;

/**
 * A form over one entity: the entity's Bean Validation constraints are the rules, shown next to
 * each field in the user's language. Subclasses bind their fields by property name.
 */
public abstract class BeanForm<T> extends Composite<FormLayout> {

    protected final BeanValidationBinder<T> binder;

    protected BeanForm(Class<T> type) {
        binder = new BeanValidationBinder<>(type);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
    }

    public void read(T bean) {
        binder.readBean(bean);
    }

    /** Writes the fields into the bean only if every field is valid; otherwise marks the invalid ones. */
    public boolean write(T bean) {
        return binder.writeBeanIfValid(bean);
    }

    /** Shows a rule the service refused next to the field of the given property; false if there is none. */
    public boolean showError(String property, String message) {
        return binder.getBinding(property)
                .map(binding -> binding.getField())
                .filter(HasValidation.class::isInstance)
                .map(field -> {
                    ((HasValidation) field).setErrorMessage(message);
                    ((HasValidation) field).setInvalid(true);
                    return true;
                })
                .orElse(false);
    }
}
