package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * Edits one record in a dialog. Saving goes through the service; whatever it refuses (a rule, a
 * concurrent edit, missing rights) is shown in the user's language and the user's input stays in
 * the form, so nothing typed is lost.
 */
public class EditorDialog<T> extends Dialog {

    private final BeanForm<T> form;
    private final UnaryOperator<T> save;
    private final Supplier<T> reload;
    private final Div problem = new Div();
    private T bean;

    public EditorDialog(String title, BeanForm<T> form, T bean, UnaryOperator<T> save, Supplier<T> reload) {
        this.form = form;
        this.bean = bean;
        this.save = save;
        this.reload = reload;
        setHeaderTitle(title);
        addClassName("editor-dialog");
        setWidth("min(44rem, 100vw)");
        problem.addClassName("editor-problem");
        problem.setVisible(false);
        add(problem, form);
        form.read(bean);

        Button saveButton = new Button(getTranslation("form.save"), click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        getFooter().add(cancel, saveButton);
    }

    public Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    private void trySave() {
        problem.setVisible(false);
        if (!form.write(bean)) {
            showProblem(getTranslation("form.invalid"));
            return;
        }
        try {
            T saved = save.apply(bean);
            close();
            Notifications.success(getTranslation("form.saved"));
            fireEvent(new SavedEvent(this, saved));
        } catch (RuleViolation violation) {
            String message = getTranslation(violation.messageKey(), violation.arguments());
            if (violation.field() == null || !form.showError(violation.field(), message)) {
                showProblem(message);
            }
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> {
                if (!form.showError(v.getPropertyPath().toString(), v.getMessage())) {
                    showProblem(v.getMessage());
                }
            });
        } catch (OptimisticLockingFailureException conflict) {
            showProblem(getTranslation("error.conflict"));
            problem.add(new Button(getTranslation("form.reload"), click -> {
                bean = reload.get();
                form.read(bean);
                problem.setVisible(false);
            }));
        } catch (AccessDeniedException denied) {
            showProblem(getTranslation("error.forbidden.action"));
        }
    }

    private void showProblem(String message) {
        problem.removeAll();
        problem.add(new Span(message));
        problem.setVisible(true);
    }

    /** The record was saved; carries what the service returned. */
    public static class SavedEvent extends ComponentEvent<EditorDialog<?>> {
        private final Object saved;

        SavedEvent(EditorDialog<?> source, Object saved) {
            super(source, false);
            this.saved = saved;
        }

        public Object saved() {
            return saved;
        }
    }
}
