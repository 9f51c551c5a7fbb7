package vn.vnpt.bacgiang.cskh.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Locks a user name for {@code portal.login.lock-duration} after {@code portal.login.max-failures} wrong passwords in a row. */
@Service
public class LoginThrottle {

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock,
                  @Value("${portal.login.max-failures}") int maxFailures,
                  @Value("${portal.login.lock-duration}") Duration lockDuration) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return attempts.findById(key(username)).map(attempt -> attempt.isLockedAt(clock.instant())).orElse(false);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(event.getAuthentication().getName());
        LoginAttempt attempt = attempts.findById(username).orElseGet(() -> new LoginAttempt(username));
        attempt.fail(clock.instant(), maxFailures, lockDuration);
        attempts.save(attempt);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        attempts.deleteById(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
