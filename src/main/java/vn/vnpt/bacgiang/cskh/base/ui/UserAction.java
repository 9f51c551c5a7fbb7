package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * Runs what the user asked for and, when a service refuses it, tells them why in their language: a
 * broken rule's own message, a conflict with someone else's change, or a denied action. Nothing else
 * happens on a refusal, so a form keeps what the user typed.
 */
public final class UserAction {

    private UserAction() {
    }

    /** Whether the action went through; a refusal is shown as an error notification. */
    public static boolean run(Component owner, Runnable action) {
        return run(owner, action, "error.conflict", violation -> false);
    }

    /** As {@link #run(Component, Runnable)}, with the view's own message for a conflict. */
    public static boolean run(Component owner, Runnable action, String conflictKey) {
        return run(owner, action, conflictKey, violation -> false);
    }

    /**
     * As {@link #run(Component, Runnable)}; {@code shownInForm} first offers a broken rule to the form,
     * which shows it beside its field and answers whether it did; otherwise it is a notification.
     */
    public static boolean run(Component owner, Runnable action, String conflictKey,
                              Predicate<RuleViolation> shownInForm) {
        return run(owner, action, conflictKey, shownInForm, () -> { });
    }

    /** As above; {@code afterConflict} then shows what the other user saved (e.g. opens the record again). */
    public static boolean run(Component owner, Runnable action, String conflictKey,
                              Predicate<RuleViolation> shownInForm, Runnable afterConflict) {
        try {
            action.run();
            return true;
        } catch (RuleViolation violation) {
            if (!shownInForm.test(violation)) {
                Notifications.error(message(owner, violation));
            }
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(owner.getTranslation(conflictKey));
            afterConflict.run();
        } catch (AccessDeniedException denied) {
            Notifications.error(owner.getTranslation("error.forbidden.action"));
        }
        return false;
    }

    /** The broken rule's message in the owner's language. */
    public static String message(Component owner, RuleViolation violation) {
        return owner.getTranslation(violation.messageKey(), violation.arguments());
    }
}
