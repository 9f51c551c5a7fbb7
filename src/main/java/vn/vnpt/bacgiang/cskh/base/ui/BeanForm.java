package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * A form over one entity: the entity's Bean Validation constraints are the rules, shown next to
 * each field in the user's language, and a text field takes no more characters than its property's
 * {@code @Size(max)} allows. Subclasses bind their fields by property name.
 */
public abstract class BeanForm<T> extends Composite<FormLayout> {

    private static final Validator RULES = Validation.buildDefaultValidatorFactory().getValidator();

    protected final BeanValidationBinder<T> binder;
    private final Class<T> type;

    protected BeanForm(Class<T> type) {
        this.type = type;
        binder = new BeanValidationBinder<>(type);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
    }

    public void read(T bean) {
        binder.readBean(bean);
    }

    /** Once the subclass has bound its fields: each text field stops at its property's longest length. */
    @Override
    protected void onAttach(AttachEvent attach) {
        RULES.getConstraintsForClass(type)
                .getConstrainedProperties().forEach(property -> property.getConstraintDescriptors().stream()
                        .filter(constraint -> constraint.getAnnotation() instanceof Size)
                        .map(constraint -> ((Size) constraint.getAnnotation()).max())
                        .findFirst()
                        .ifPresent(max -> binder.getBinding(property.getPropertyName())
                                .map(binding -> binding.getField())
                                .ifPresent(field -> limit(field, max))));
    }

    private static void limit(HasValue<?, ?> field, int max) {
        if (field instanceof TextField text) {
            text.setMaxLength(max);
        } else if (field instanceof TextArea area) {
            area.setMaxLength(max);
        }
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
