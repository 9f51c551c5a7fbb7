package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void fiveWrongPasswordsInARowLockTheNameForFifteenMinutes() {
        LoginAttempt attempt = new LoginAttempt(new LoginAttempt.Key(LoginAttempt.Kind.USER, "lucnam.cskh1"));
        for (int i = 0; i < 4; i++) {
            attempt.fail(NOW, 5, LOCK);
        }
        assertThat(attempt.isLockedAt(NOW)).isFalse();

        attempt.fail(NOW, 5, LOCK);

        assertThat(attempt.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(attempt.isLockedAt(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void afterTheLockExpiresTheCountStartsAgain() {
        LoginAttempt attempt = new LoginAttempt(new LoginAttempt.Key(LoginAttempt.Kind.USER, "lucnam.cskh1"));
        for (int i = 0; i < 5; i++) {
            attempt.fail(NOW, 5, LOCK);
        }
        attempt.fail(NOW.plus(LOCK), 5, LOCK);
        assertThat(attempt.isLockedAt(NOW.plus(LOCK))).isFalse();
    }
}
