package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;

/** Runs a step-2 change and shows a refusal, a conflict or a denial as a translated notification. */
final class StepTwoErrors {

    private StepTwoErrors() {
    }

    /** Whether the change went through. */
    static boolean run(Component owner, Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation refused) {
            Notifications.error(owner.getTranslation(refused.messageKey(), refused.arguments()));
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(owner.getTranslation("error.conflict"));
        } catch (AccessDeniedException denied) {
            Notifications.error(owner.getTranslation("error.forbidden.action"));
        }
        return false;
    }
}
