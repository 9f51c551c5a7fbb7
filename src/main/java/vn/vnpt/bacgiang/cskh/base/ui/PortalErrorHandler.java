package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** The last line of defence: a message in the user's language instead of a stack trace. */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = rootOf(event.getThrowable());
        UI ui = UI.getCurrent();
        if (error instanceof AccessDeniedException) {
            log.warn("Refused: {}", error.getMessage());
            show(ui, "error.forbidden.action");
        } else if (error instanceof OptimisticLockingFailureException) {
            show(ui, "error.conflict");
        } else if (error instanceof RuleViolation violation && ui != null) { // a view that did not use UserAction
            ui.access(() -> Notifications.error(ui.getTranslation(violation.messageKey(), violation.arguments())));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            if (ui != null) {
                ui.access(() -> Notifications.error(ui.getTranslation("error.unexpected", reference)));
            }
        }
    }

    private static void show(UI ui, String key) {
        if (ui != null) {
            ui.access(() -> Notifications.error(ui.getTranslation(key)));
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && !(current instanceof AccessDeniedException)
                && !(current instanceof OptimisticLockingFailureException) && !(current instanceof RuleViolation)) {
            current = current.getCause();
        }
        return current;
    }
}
