package vn.vnpt.bacgiang.cskh.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.org.StaffService;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.org.UserAccount;
import vn.vnpt.bacgiang.cskh.security.Role;

/** A care worker of Lục Nam, made for the test and removed again, changes their own password. */
class PasswordViewTest extends KaribuTest {

    private static final String USERNAME = "lucnam.matkhau";
    private static final String PASSWORD = "DoiNgo2026";
    private static final long DOI_NGO_STORE = 110;

    @Autowired
    private StaffService staff;
    @Autowired
    private UnitService units;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PasswordEncoder passwordEncoder;

    private long id;

    @BeforeEach
    void createTheAccount() throws Exception {
        UserAccount account = new UserAccount();
        account.setUsername(USERNAME);
        account.setFullName("Ngô Thị Mật");
        account.setRoles(EnumSet.of(Role.CARE_STAFF));
        id = as("admin", () -> {
            account.setUnit(units.get(DOI_NGO_STORE));
            return staff.save(account, PASSWORD);
        }).getId();
    }

    @AfterEach
    void removeTheAccount() {
        jdbc.update("DELETE FROM user_role WHERE user_id = ?", id);
        jdbc.update("DELETE FROM user_account WHERE id = ?", id);
    }

    @Test
    void theAvatarInTheHeaderLeadsToTheChangePasswordPage() {
        login(USERNAME);

        _click(_get(Button.class, spec -> spec.withClasses("user-account")));

        _assertOne(PasswordView.class);
    }

    @Test
    void aUserWhosePasswordAnAdminResetGoesNowhereElseUntilTheyChooseTheirOwn() throws Exception {
        as("admin", () -> staff.save(staff.get(id), "DatLai2026x"));
        login(USERNAME);
        _assertOne(PasswordView.class);
        navigate("staff");
        _assertOne(PasswordView.class);

        _setValue(field("Mật khẩu hiện tại"), "DatLai2026x");
        _setValue(field("Mật khẩu mới"), "RiengToi2026");
        _setValue(field("Nhập lại mật khẩu mới"), "RiengToi2026");
        _click(_get(Button.class, spec -> spec.withText("Đổi mật khẩu")));

        NotificationsKt.expectNotifications("Đã đổi mật khẩu.");
        navigate("staff");
        _assertOne(StaffView.class);
        assertThat(jdbc.queryForObject("SELECT must_change_password FROM user_account WHERE id = ?", Boolean.class, id))
                .isFalse();
        assertThat(passwordEncoder.matches("RiengToi2026", jdbc.queryForObject(
                "SELECT password_hash FROM user_account WHERE id = ?", String.class, id))).isTrue();
    }

    @Test
    void aWrongCurrentPasswordADifferentRepeatAndAWeakPasswordAreEachExplainedAndNothingChanges() {
        String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE id = ?", String.class, id);
        login(USERNAME);
        navigate("password");

        assertThat(attempt("SaiMatKhau1", "RiengToi2026", "RiengToi2026", "Mật khẩu hiện tại"))
                .isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(attempt(PASSWORD, "RiengToi2026", "RiengToi2027", "Nhập lại mật khẩu mới"))
                .isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");
        assertThat(attempt(PASSWORD, "ngan", "ngan", "Mật khẩu mới"))
                .isEqualTo("Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.");
        assertThat(attempt(PASSWORD, "lucnam.matkhau1", "lucnam.matkhau1", "Mật khẩu mới"))
                .isEqualTo("Mật khẩu không được chứa tên đăng nhập.");
        assertThat(attempt(PASSWORD, PASSWORD, PASSWORD, "Mật khẩu mới"))
                .isEqualTo("Mật khẩu mới phải khác mật khẩu hiện tại.");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM user_account WHERE id = ?", String.class, id))
                .isEqualTo(hash);
    }

    @Test
    void theRulesReadInEnglish() {
        login(USERNAME);
        useEnglish();
        navigate("password");

        _setValue(field("Current password"), "wrong-one-1");
        _setValue(field("New password"), "RiengToi2026");
        _setValue(field("Repeat the new password"), "RiengToi2026");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(field("Current password").getErrorMessage()).isEqualTo("The current password is wrong.");
    }

    @Test
    void disablingTheUserClosesTheirVaadinSession() throws Exception {
        login(USERNAME);
        FakeHttpSession httpSession = (FakeHttpSession) ((WrappedHttpSession) VaadinSession.getCurrent().getSession())
                .getHttpSession();
        assertThat(httpSession.isValid()).isTrue();

        as("admin", () -> {
            UserAccount account = staff.get(id);
            account.setEnabled(false);
            return staff.save(account, null);
        });
        MockVaadin.clientRoundtrip(false);

        assertThat(httpSession.isValid()).isFalse();
    }

    private String attempt(String current, String password, String repeated, String failingField) {
        _setValue(field("Mật khẩu hiện tại"), current);
        _setValue(field("Mật khẩu mới"), password);
        _setValue(field("Nhập lại mật khẩu mới"), repeated);
        _click(_get(Button.class, spec -> spec.withText("Đổi mật khẩu")));
        PasswordField field = field(failingField);
        assertThat(field.isInvalid()).isTrue();
        return field.getErrorMessage();
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }
}
