package vn.vnpt.bacgiang.cskh.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;

/**
 * On every navigation: records the Vaadin session under its signed-in user (so that
 * {@link SessionsOfUser} can end it), and keeps a user whose password an Admin set on the
 * change-password page until they have chosen their own.
 */
@Component
class SessionGuard implements VaadinServiceInitListener {

    private final SessionsOfUser sessions;
    private final CurrentUser currentUser;

    SessionGuard(SessionsOfUser sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
        event.getSource().addSessionDestroyListener(destroy -> sessions.forget(destroy.getSession()));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        currentUser.find().ifPresent(user -> {
            sessions.track(user, event.getUI().getSession());
            if (user.mustChangePassword() && !MainLayout.PASSWORD_ROUTE.equals(event.getLocation().getPath())) {
                event.forwardTo(MainLayout.PASSWORD_ROUTE);
            }
        });
    }
}
