package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * Signs in through the same provider chain as the login form, against the demo users in MariaDB,
 * from client addresses of the documentation ranges. Every lock it makes is lifted again.
 */
class LoginThrottleTest extends PortalTest {

    private static final String ADDRESS = "203.0.113.7";
    private static final String OTHER_ADDRESS = "198.51.100.9";

    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private LoginThrottle throttle;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void liftEveryLock() {
        RequestContextHolder.resetRequestAttributes();
        jdbc.update("DELETE FROM login_attempt WHERE subject IN (?, ?, ?, ?) OR subject LIKE 'khong-co.%'",
                "yendung.cskh1", "langgiang.cskh1", ADDRESS, OTHER_ADDRESS);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        AuthenticationManager manager = authenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("yendung.cskh1", "sai-mat-khau", ADDRESS)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(credentials("yendung.cskh1", "Demo@2026", OTHER_ADDRESS)))
                .isInstanceOf(LockedException.class);
        assertThat(throttle.lockedUntil("yendung.cskh1")).isPresent();
        assertThatThrownBy(() -> signIn("yendung.cskh1")).isInstanceOf(LockedException.class);

        throttle.unlock("yendung.cskh1");
        assertThat(manager.authenticate(credentials("yendung.cskh1", "Demo@2026", OTHER_ADDRESS)).isAuthenticated())
                .isTrue();
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        AuthenticationManager manager = authenticationManager();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("langgiang.cskh1", "sai", null)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(manager.authenticate(credentials("langgiang.cskh1", "Demo@2026", null)).isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("langgiang.cskh1", "sai", null)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(manager.authenticate(credentials("langgiang.cskh1", "Demo@2026", null)).isAuthenticated()).isTrue();
    }

    @Test
    void manyFailedNamesFromOneAddressLockThatAddressButNotTheAccountsElsewhere() {
        AuthenticationManager manager = authenticationManager();
        for (int i = 0; i < 20; i++) {
            String unknown = "khong-co." + i;
            assertThatThrownBy(() -> manager.authenticate(credentials(unknown, "Demo@2026", ADDRESS)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        comingFrom(ADDRESS);
        assertThatThrownBy(() -> manager.authenticate(credentials("langgiang.cskh1", "Demo@2026", ADDRESS)))
                .isInstanceOf(LockedException.class);

        comingFrom(OTHER_ADDRESS);
        assertThat(manager.authenticate(credentials("langgiang.cskh1", "Demo@2026", OTHER_ADDRESS)).isAuthenticated())
                .isTrue();
    }

    @Test
    void aUserNameLongerThanAnyAccountsIsRefusedLikeAnyWrongNameAndCountedAgainstTheAddress() {
        String longName = "khong-co." + "x".repeat(200);
        assertThatThrownBy(() -> authenticationManager().authenticate(credentials(longName, "sai", ADDRESS)))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(jdbc.queryForObject("SELECT failures FROM login_attempt WHERE kind = 'ADDRESS' AND subject = ?",
                Integer.class, ADDRESS)).isEqualTo(1);
        assertThat(throttle.lockedUntil(longName)).isEmpty();
    }

    @Test
    void failuresOlderThanTheRetentionArePurgedButARunningLockIsKept() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(3));
        jdbc.update("INSERT INTO login_attempt (kind, subject, failures, last_failure_at) VALUES ('USER', ?, 2, ?)",
                "yendung.cskh1", Timestamp.from(longAgo));
        jdbc.update("INSERT INTO login_attempt (kind, subject, failures, last_failure_at, locked_until) "
                + "VALUES ('ADDRESS', ?, 20, ?, ?)", ADDRESS, Timestamp.from(longAgo),
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))));

        throttle.purge();

        assertThat(jdbc.queryForList("SELECT subject FROM login_attempt WHERE subject IN (?, ?)", String.class,
                "yendung.cskh1", ADDRESS)).containsExactly(ADDRESS);
    }

    private AuthenticationManager authenticationManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** The request a sign-in comes in, whose remote address the lock check reads. */
    private static void comingFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        if (address != null) {
            token.setDetails(new WebAuthenticationDetails(address, null));
        }
        return token;
    }
}
