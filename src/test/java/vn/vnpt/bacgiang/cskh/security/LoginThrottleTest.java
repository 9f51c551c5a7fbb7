package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import vn.vnpt.bacgiang.cskh.PortalTest;

/** Signs in through the same provider chain as the login form, against the demo users in MariaDB. */
class LoginThrottleTest extends PortalTest {

    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        AuthenticationManager manager = authenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("yendung.cskh1", "sai-mat-khau")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(credentials("yendung.cskh1", "Demo@2026")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        AuthenticationManager manager = authenticationManager();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("langgiang.cskh1", "sai")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(manager.authenticate(credentials("langgiang.cskh1", "Demo@2026")).isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> manager.authenticate(credentials("langgiang.cskh1", "sai")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(manager.authenticate(credentials("langgiang.cskh1", "Demo@2026")).isAuthenticated()).isTrue();
    }

    private AuthenticationManager authenticationManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
