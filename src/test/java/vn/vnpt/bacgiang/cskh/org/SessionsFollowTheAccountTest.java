package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import vn.vnpt.bacgiang.cskh.DemoRows;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * A sales manager of Lạng Giang, made for the test, is signed in twice (on a laptop and a phone);
 * each change of their account by an Admin that takes rights or scope away ends both sessions,
 * other edits leave them open. The account is removed again afterwards.
 */
class SessionsFollowTheAccountTest extends PortalTest {

    private static final String USERNAME = "langgiang.phienthu";
    private static final long LANG_GIANG_SALES = 18;
    private static final long YEN_DUNG_SALES = 19;

    @Autowired
    private StaffService staff;
    @Autowired
    private UnitService units;
    @Autowired
    private SessionRegistry registry;
    @Autowired
    private JdbcTemplate jdbc;

    private long id;
    private PortalUser user;

    @BeforeEach
    void signInTwice() throws Exception {
        UserAccount account = new UserAccount();
        account.setUsername(USERNAME);
        account.setFullName("Phạm Văn Phiên");
        account.setRoles(EnumSet.of(Role.SALES_MANAGER));
        id = as("admin", () -> {
            account.setUnit(units.get(LANG_GIANG_SALES));
            return staff.save(account, "LangGiang2026");
        }).getId();
        user = signIn(USERNAME);
        registry.registerNewSession("laptop-" + id, user);
        registry.registerNewSession("phone-" + id, user);
    }

    @AfterEach
    void removeTheAccount() {
        registry.getAllSessions(user, true).forEach(session -> registry.removeSessionInformation(session.getSessionId()));
        jdbc.update("DELETE FROM user_role WHERE user_id = ?", id);
        jdbc.update("DELETE FROM user_account WHERE id = ?", id);
    }

    @Test
    void disablingTheAccountEndsBothOfItsSessions() throws Exception {
        change(account -> account.setEnabled(false), null);
        assertThat(openSessions()).isEmpty();
    }

    @Test
    void demotingTheAccountEndsBothOfItsSessions() throws Exception {
        change(account -> account.setRoles(EnumSet.of(Role.CARE_STAFF)), null);
        assertThat(openSessions()).isEmpty();
    }

    @Test
    void movingTheUserToAnotherUnitEndsBothOfTheirSessions() throws Exception {
        change(account -> account.setUnit(units.get(YEN_DUNG_SALES)), null);
        assertThat(openSessions()).isEmpty();
    }

    @Test
    void resettingThePasswordEndsBothSessionsAndAsksForANewOneAtTheNextSignIn() throws Exception {
        change(account -> { }, "DatLai2026x");
        assertThat(openSessions()).isEmpty();
        assertThat(signIn(USERNAME).mustChangePassword()).isTrue();
    }

    @Test
    void movingTheUsersUnitEndsTheirSessionsToo() throws Exception {
        DemoRows unitsAsFound = DemoRows.remember(jdbc, "unit", "TRUE");
        as("admin", () -> {
            Unit unit = units.get(LANG_GIANG_SALES);
            unit.setParent(units.get(1));
            return units.save(unit);
        });
        try {
            assertThat(openSessions()).isEmpty();
        } finally {
            as("admin", () -> {
                Unit unit = units.get(LANG_GIANG_SALES);
                unit.setParent(units.get(2));
                return units.save(unit);
            });
            unitsAsFound.restore();
        }
    }

    @Test
    void aChangeOfNameOnlyLeavesTheSessionsOpen() throws Exception {
        change(account -> account.setTitle("Trưởng phòng"), null);
        assertThat(openSessions()).hasSize(2);
    }

    private void change(Consumer<UserAccount> edit, String newPassword) throws Exception {
        as("admin", () -> {
            UserAccount account = staff.get(id);
            edit.accept(account);
            return staff.save(account, newPassword);
        });
    }

    private List<SessionInformation> openSessions() {
        return registry.getAllSessions(user, false);
    }
}
