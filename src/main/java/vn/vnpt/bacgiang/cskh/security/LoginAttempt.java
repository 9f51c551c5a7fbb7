package vn.vnpt.bacgiang.cskh.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed sign-ins of one user name since their last success; enough of them lock the name for a while. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

    @Id
    private String username;
    private int failures;
    private Instant lastFailureAt;
    private @Nullable Instant lockedUntil;

    protected LoginAttempt() {
    }

    LoginAttempt(String username) {
        this.username = username;
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
}
