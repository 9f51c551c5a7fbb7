package vn.vnpt.bacgiang.cskh.org;

import java.util.EnumSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * A production database starts with no users: the first Admin comes from
 * {@code PORTAL_ADMIN_USERNAME} and {@code PORTAL_ADMIN_PASSWORD}, so no default password is ever shipped.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String HOME_UNIT = "TTKD";

    private final UserAccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String username;
    private final String password;
    private final String fullName;

    FirstAdministrator(UserAccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
                       AuditTrail audit, JdbcTemplate jdbc, TransactionTemplate transaction,
                       @Value("${portal.first-admin.username:}") String username,
                       @Value("${portal.first-admin.password:}") String password,
                       @Value("${portal.first-admin.full-name:}") String fullName) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
    }

    /**
     * Nodes started at once take turns on the home unit's row, so the second finds the first's Admin; should two
     * transactions still clash (a Galera cluster certifies only one of them), the node that lost finds the Admin
     * made and goes on.
     */
    @Override
    public void run(@Nullable ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> createWhenNobodyExists());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            if (accounts.count() == 0) {
                throw e;
            }
            log.info("Another portal node created the first Admin at the same time");
        }
    }

    private void createWhenNobodyExists() {
        jdbc.queryForList("SELECT id FROM unit WHERE code = ? FOR UPDATE", Long.class, HOME_UNIT);
        if (accounts.count() > 0) {
            return;
        }
        if (username.isBlank() || password.length() < 12) {
            log.warn("No user accounts exist. Set PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD (12 characters "
                    + "or more) and restart to create the first Admin.");
            return;
        }
        UserAccount admin = new UserAccount();
        admin.setUsername(username.trim().toLowerCase(Locale.ROOT));
        admin.setFullName(fullName.isBlank() ? username : fullName);
        admin.setUnit(units.findByCode(HOME_UNIT).orElseThrow());
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setPasswordHash(passwordEncoder.encode(password));
        accounts.saveAndFlush(admin);
        audit.created(admin, "Tạo quản trị viên đầu tiên " + admin.getUsername());
        log.info("Created the first Admin account '{}'", admin.getUsername());
    }
}
