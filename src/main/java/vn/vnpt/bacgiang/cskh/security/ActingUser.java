package vn.vnpt.bacgiang.cskh.security;

import java.util.function.Consumer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Work done at start-up (demo data) as a named user, as if they had signed in, so the services apply
 * that user's permissions and scope; whoever was signed in before is signed in again afterwards.
 */
@Component
public class ActingUser {

    private final UserDetailsService users;

    public ActingUser(UserDetailsService users) {
        this.users = users;
    }

    public void run(String username, Consumer<PortalUser> work) {
        PortalUser user = (PortalUser) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            work.accept(user);
        } finally {
            context.setAuthentication(previous);
        }
    }
}
