package vn.vnpt.bacgiang.cskh.org;

import java.util.EnumSet;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
    private final String username;
    private final String password;
    private final String fullName;

    FirstAdministrator(UserAccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
                       AuditTrail audit, @Value("${portal.first-admin.username:}") String username,
                       @Value("${portal.first-admin.password:}") String password,
                       @Value("${portal.first-admin.full-name:}") String fullName) {
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
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
