package vn.vnpt.bacgiang.cskh;

import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import vn.vnpt.bacgiang.cskh.base.AfterCommitWork;
import vn.vnpt.bacgiang.cskh.customer.CustomersChanged;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * The one Spring context of the test suite (so the embedded MariaDB starts once per run), with the
 * demo organisation and users loaded. Every Spring test extends this class, directly or through
 * {@link KaribuTest}, and keeps this exact configuration. Each test class must leave the rows it
 * found as it found them ({@link DatabaseUnchanged}).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@ExtendWith(DatabaseUnchanged.class)
public abstract class PortalTest {

    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    private TestClock testClock;
    @Autowired
    private List<AfterCommitWork> afterCommitWork;
    @Autowired
    private ApplicationEventPublisher events;

    /**
     * Signs in a demo user (see {@code db/demo}) for the calls that follow in this thread, refused
     * like the login form refuses a locked or disabled account.
     */
    protected PortalUser signIn(String username) {
        PortalUser user = (PortalUser) userDetailsService.loadUserByUsername(username);
        new AccountStatusUserDetailsChecker().check(user);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return user;
    }

    /** Runs a call as the given demo user, then signs them out again. */
    protected <T> T as(String username, Callable<T> call) throws Exception {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(username);
        try {
            return call.call();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Waits for the work earlier commits handed to threads of their own (the progress snapshot's refreshes). */
    protected void awaitAfterCommitWork() {
        afterCommitWork.forEach(AfterCommitWork::awaitDone);
    }

    /**
     * Figures kept from the customers (segment counts, the home page's customer figures) are dropped, as an import
     * drops them: fixtures write customers with SQL, and a count kept by another test would not see their rows.
     */
    @BeforeEach
    void startWithoutKeptCustomerFigures() {
        events.publishEvent(new CustomersChanged());
    }

    @AfterEach
    void signOutAndLetTheClockRun() {
        awaitAfterCommitWork();
        SecurityContextHolder.clearContext();
        testClock.run();
    }
}
