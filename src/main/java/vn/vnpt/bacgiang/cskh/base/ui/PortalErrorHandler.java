package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
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
        } else if (databaseUnreachable(event.getThrowable())) {
            log.warn("The database could not be reached: {}", error.getMessage());
            show(ui, "error.database");
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

    /**
     * A request that met the database down or restarting: its transaction never committed, so the message can say
     * nothing was saved; the pool connects again by itself once the database is back.
     */
    private static boolean databaseUnreachable(Throwable throwable) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (current instanceof DataAccessResourceFailureException || current instanceof CannotCreateTransactionException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
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
