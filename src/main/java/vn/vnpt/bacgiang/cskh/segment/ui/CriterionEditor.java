package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/** One criterion of a group: its name, its fields and a remove button. */
abstract class CriterionEditor extends Div {

    private final CriterionType type;
    private final Div fields = new Div();
    private @Nullable Runnable onChange;
    private @Nullable Runnable onRemove;

    CriterionEditor(CriterionType type) {
        this.type = type;
        addClassName("segment-criterion");
        addClassName("segment-criterion-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span label = new Span(getTranslation(type.labelKey()));
        label.addClassName("segment-criterion-label");
        fields.addClassName("segment-criterion-fields");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            if (onRemove != null) {
                onRemove.run();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("segment.criterion.remove"));
        remove.setTooltipText(getTranslation("segment.criterion.remove"));
        add(label, fields, remove);
    }

    CriterionType type() {
        return type;
    }

    /** The criterion as the fields now stand; the service judges whether it is complete and sensible. */
    abstract Criterion value();

    /** The fields that show a problem with this criterion. */
    abstract List<? extends HasValidation> validatedFields();

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    void onRemove(Runnable listener) {
        this.onRemove = listener;
    }

    protected void changed() {
        if (onChange != null) {
            onChange.run();
        }
    }

    protected void addFields(Component... components) {
        fields.add(components);
    }

    void showProblem(@Nullable String message) {
        validatedFields().forEach(field -> {
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
    }
}
