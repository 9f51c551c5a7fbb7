package vn.vnpt.bacgiang.cskh.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open sessions of each user: Spring Security's session registry (every signed-in HTTP session)
 * and the Vaadin sessions the user navigated in. Ending them expires the registry's entries and
 * invalidates the HTTP sessions under the Vaadin sessions, so the user's next click finds the
 * session gone and the sign-in page comes back.
 */
@Component
public class SessionsOfUser {

    private final SessionRegistry registry;
    private final Map<Long, Set<VaadinSession>> vaadinSessions = new ConcurrentHashMap<>();

    SessionsOfUser(SessionRegistry registry) {
        this.registry = registry;
    }

    void track(PortalUser user, VaadinSession session) {
        vaadinSessions.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void forget(VaadinSession session) {
        vaadinSessions.values().forEach(sessions -> sessions.remove(session));
    }

    /** Ends every session of the user once the change that revoked their access has committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void onRevoked(AccessRevoked revoked) {
        end(revoked.userId());
    }

    public void end(long userId) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof PortalUser user && user.id() == userId)
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
        Set<VaadinSession> sessions = vaadinSessions.remove(userId);
        if (sessions != null) {
            sessions.forEach(session -> session.access(() -> session.getSession().invalidate()));
        }
    }
}
