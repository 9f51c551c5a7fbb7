package vn.vnpt.bacgiang.cskh.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.vnpt.bacgiang.cskh.security.LoginAttempt.Key;
import vn.vnpt.bacgiang.cskh.security.LoginAttempt.Kind;

/**
 * Locks a user name for {@code portal.login.lock-duration} after {@code portal.login.max-failures}
 * wrong passwords in a row, and a client address after {@code portal.login.max-failures-per-address}
 * failed sign-ins of any names (unknown ones included). The client address is the request's remote
 * address: behind a TLS proxy set {@code server.forward-headers-strategy} so that it is the client's.
 * Failures older than {@code portal.login.attempt-retention} are purged every hour.
 */
@Service
public class LoginThrottle {

    /** As {@code user_account.username}: a longer name belongs to no account and is counted against the address only. */
    private static final int MAX_NAME_LENGTH = 64;

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockDuration;
    private final Duration retention;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock,
                  @Value("${portal.login.max-failures}") int maxFailures,
                  @Value("${portal.login.max-failures-per-address}") int maxFailuresPerAddress,
                  @Value("${portal.login.lock-duration}") Duration lockDuration,
                  @Value("${portal.login.attempt-retention}") Duration retention) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockDuration = lockDuration;
        this.retention = retention;
    }

    /** Whether the name, or the address the current request comes from, is locked. */
    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        String address = currentClientAddress();
        return lockedUntil(Kind.USER, name(username), now).isPresent()
                || address != null && lockedUntil(Kind.ADDRESS, address, now).isPresent();
    }

    /** The user names locked now (lower case, as typed at sign-in), for the Admin's dashboard. */
    @PreAuthorize(Permissions.HAS_ADMINISTER)
    @Transactional(readOnly = true)
    public java.util.List<String> lockedNames() {
        return attempts.lockedSubjects(Kind.USER, clock.instant());
    }

    /** Until when the account's name is locked, for Admins (the sign-in form says only that it failed). */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return lockedUntil(Kind.USER, name(username), clock.instant());
    }

    /** Lifts the lock on a user name; the caller checks the right to do so and audits it. */
    @Transactional
    public void unlock(String username) {
        attempts.deleteById(new Key(Kind.USER, name(username)));
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        String username = name(event.getAuthentication().getName());
        if (username.length() <= MAX_NAME_LENGTH) {
            fail(new Key(Kind.USER, username), now, maxFailures);
        }
        String address = clientAddress(event.getAuthentication());
        if (address != null) {
            fail(new Key(Kind.ADDRESS, address), now, maxFailuresPerAddress);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        attempts.deleteById(new Key(Kind.USER, name(event.getAuthentication().getName())));
        attempts.purge(clock.instant().minus(retention), clock.instant());
    }

    /** Forgets failures older than the retention whose lock, if any, is over; returns how many went. */
    @Scheduled(cron = "${portal.login.purge-cron}")
    @Transactional
    public int purge() {
        return attempts.purge(clock.instant().minus(retention), clock.instant());
    }

    private void fail(Key key, Instant now, int max) {
        LoginAttempt attempt = attempts.findById(key).orElseGet(() -> new LoginAttempt(key));
        attempt.fail(now, max, lockDuration);
        attempts.save(attempt);
    }

    private Optional<Instant> lockedUntil(Kind kind, String subject, Instant now) {
        if (subject.length() > MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        return attempts.findById(new Key(kind, subject)).flatMap(attempt -> attempt.lockedUntil(now));
    }

    private static String name(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : currentClientAddress();
    }

    private static @Nullable String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
