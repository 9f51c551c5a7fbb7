package vn.vnpt.bacgiang.cskh.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    /**
     * Lets the signed-in user go anywhere again after choosing their own password: replaces the
     * principal in the security context, and in the HTTP session that keeps it between requests.
     */
    public void passwordChanged() {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        PortalUser user = require().withOwnPassword();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities());
        authentication.setDetails(previous == null ? null : previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null) {
            attributes.getRequest().getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    public UnitScope scope() {
        return require().scope();
    }
}
