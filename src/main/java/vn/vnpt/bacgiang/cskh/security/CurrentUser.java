package vn.vnpt.bacgiang.cskh.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, for services that scope their queries and for the audit trail. */
@Component
public class CurrentUser {

    public Optional<PortalUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in portal user"));
    }

    public UnitScope scope() {
        return require().scope();
    }
}
