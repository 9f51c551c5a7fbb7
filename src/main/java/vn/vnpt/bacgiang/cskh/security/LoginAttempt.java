package vn.vnpt.bacgiang.cskh.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins of one user name or one client address since the last success or purge; enough
 * of them lock that name or address for a while.
 */
@Entity
@Table(name = "login_attempt")
@IdClass(LoginAttempt.Key.class)
class LoginAttempt {

    /** What the failures are counted against. */
    enum Kind { USER, ADDRESS }

    record Key(Kind kind, String subject) implements Serializable {
    }

    @Id
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Id
    private String subject;
    private int failures;
    private Instant lastFailureAt;
    private @Nullable Instant lockedUntil;

    protected LoginAttempt() {
    }

    LoginAttempt(Key key) {
        this.kind = key.kind();
        this.subject = key.subject();
    }

    void fail(Instant now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
        }
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Optional<Instant> lockedUntil(Instant now) {
        return isLockedAt(now) ? Optional.ofNullable(lockedUntil) : Optional.empty();
    }
}
