package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.security.Role;

/** Runs inside a transaction that is rolled back, so the demo users come back afterwards. */
@Transactional
class FirstAdministratorTest extends PortalTest {

    @Autowired
    private UserAccountRepository accounts;
    @Autowired
    private UnitRepository units;
    @Autowired
    private PasswordEncoder passwordEncoder;
    @Autowired
    private AuditTrail audit;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void aStartWithNoUsersCreatesTheFirstAdminFromTheEnvironment() {
        emptyTheAccounts();
        new FirstAdministrator(accounts, units, passwordEncoder, audit, jdbc, transaction, "Quantri", "mot-mat-khau-dai-2026",
                "Nguyễn Thị Quản Trị").run(null);

        UserAccount admin = accounts.findByUsername("quantri").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getFullName()).isEqualTo("Nguyễn Thị Quản Trị");
        assertThat(passwordEncoder.matches("mot-mat-khau-dai-2026", admin.getPasswordHash())).isTrue();
    }

    @Test
    void withoutCredentialsInTheEnvironmentNoAccountIsCreated() {
        emptyTheAccounts();
        new FirstAdministrator(accounts, units, passwordEncoder, audit, jdbc, transaction, "", "", "").run(null);
        assertThat(accounts.count()).isZero();
    }

    @Test
    void aShortPasswordIsNotAcceptedForTheFirstAdmin() {
        emptyTheAccounts();
        new FirstAdministrator(accounts, units, passwordEncoder, audit, jdbc, transaction, "quantri", "ngan", "").run(null);
        assertThat(accounts.count()).isZero();
    }

    /** A start with no users has no records owned by users either (the demo campaigns and segments). */
    private void emptyTheAccounts() {
        jdbc.update("DELETE FROM handoff_event");
        jdbc.update("DELETE FROM handoff_pause");
        jdbc.update("DELETE FROM handoff");
        jdbc.update("UPDATE unit SET head_user_id = NULL");
        jdbc.update("DELETE FROM care_contact");
        jdbc.update("DELETE FROM care_task");
        jdbc.update("DELETE FROM care_script_version");
        jdbc.update("DELETE FROM care_script");
        jdbc.update("DELETE FROM campaign_orientation");
        jdbc.update("DELETE FROM campaign_transition");
        jdbc.update("DELETE FROM appraisal");
        jdbc.update("DELETE FROM campaign_member");
        jdbc.update("DELETE FROM unit_readiness");
        jdbc.update("DELETE FROM campaign_share");
        jdbc.update("DELETE FROM settlement_line");
        jdbc.update("DELETE FROM settlement_unit");
        jdbc.update("DELETE FROM budget_line");
        jdbc.update("DELETE FROM issued_report");
        jdbc.update("DELETE FROM evaluation");
        jdbc.update("DELETE FROM campaign");
        jdbc.update("DELETE FROM segment");
        jdbc.update("DELETE FROM notice");
        jdbc.update("DELETE FROM user_role");
        jdbc.update("DELETE FROM user_account");
    }
}
