package vn.vnpt.bacgiang.cskh.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;

/** The sign-in form tells nobody that an account is locked; the Admin sees it and lifts it. */
class SignInLockTest extends KaribuTest {

    private static final String USERNAME = "yendung.cskh1";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @BeforeEach
    void lockTheAccount() {
        jdbc.update("INSERT INTO login_attempt (kind, subject, failures, last_failure_at, locked_until) "
                + "VALUES ('USER', ?, 5, ?, ?)", USERNAME, Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(15))));
    }

    @AfterEach
    void forgetTheLock() {
        jdbc.update("DELETE FROM login_attempt WHERE kind = 'USER' AND subject = ?", USERNAME);
    }

    @Test
    void anAdminSeesUntilWhenTheAccountIsLockedAndUnlocksIt() {
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, USERNAME);
        login("admin");
        navigate("staff/" + id);

        assertThat(_get(Span.class, spec -> spec.withClasses("user-lock")).getText())
                .startsWith("Khóa đăng nhập đến ").endsWith(" do nhập sai mật khẩu nhiều lần.");
        _click(_get(Button.class, spec -> spec.withText("Mở khóa")));

        NotificationsKt.expectNotifications("Đã mở khóa đăng nhập cho " + USERNAME + ".");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt WHERE kind = 'USER' AND subject = ?",
                Long.class, USERNAME)).isZero();
        signIn(USERNAME);
    }

    @Test
    void aSalesManagerEditingTheirCareStaffSeesNoLock() {
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, USERNAME);
        login("yendung.truongphong");
        navigate("staff/" + id);

        assertThat(_find(Span.class, spec -> spec.withClasses("user-lock"))).isEmpty();
    }
}
