package vn.vnpt.bacgiang.cskh.org;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.AccessRevoked;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.LoginThrottle;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;
import vn.vnpt.bacgiang.cskh.security.UnitScope;

/**
 * The staff of the units and their portal accounts. Everyone reads the staff of their scope;
 * Admins maintain every account; a sales department manager maintains the care staff of their
 * own department and its stores, and nobody else.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class StaffService {

    private static final Set<Role> MANAGER_ASSIGNABLE = EnumSet.of(Role.CARE_STAFF);

    private final UserAccountRepository accounts;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    StaffService(UserAccountRepository accounts, UnitService units, CurrentUser currentUser, AuditTrail audit,
                 Validator validator, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                 LoginThrottle throttle) {
        this.accounts = accounts;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.throttle = throttle;
    }

    /** One page of staff in scope, ordered by unit and name: one query for the page's ids, one for the rows. */
    public List<UserAccount> find(StaffFilter filter, int page, int pageSize) {
        String unitPath = filter.unitId() == null ? null : units.get(filter.unitId()).getPath();
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().trim();
        List<Long> ids = accounts.findIdsInScope(currentUser.scope().pathPattern(), unitPath, text,
                PageRequest.of(page, pageSize));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, UserAccount> byId = accounts.findWithUnitAndRoles(ids).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public UserAccount get(long id) {
        UserAccount account = accounts.findWithUnitAndRoles(id)
                .orElseThrow(() -> new RecordNotFound("org.user.notfound", id));
        requireInScope(account);
        return account;
    }

    /** Whether the signed-in user may create or change accounts at all (Admins and sales managers). */
    public boolean canMaintainAccounts() {
        PortalUser user = currentUser.require();
        return user.can(Permission.STAFF_MANAGE);
    }

    /** The roles the signed-in user may give to an account. */
    public Set<Role> assignableRoles() {
        return currentUser.require().can(Permission.ADMINISTER) ? EnumSet.allOf(Role.class)
                : currentUser.require().can(Permission.STAFF_MANAGE) ? EnumSet.copyOf(MANAGER_ASSIGNABLE)
                : EnumSet.noneOf(Role.class);
    }

    /**
     * Creates or updates an account. {@code newPassword} is required for a new account and, when
     * given for an existing one, resets its password.
     */
    @PreAuthorize(Permissions.HAS_STAFF_MANAGE)
    @Transactional
    public UserAccount save(UserAccount edited, @Nullable String newPassword) {
        var violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Unit unit = units.get(Objects.requireNonNull(Objects.requireNonNull(edited.getUnit()).getId()));
        requireMayAssign(unit, edited.getRoles());
        String password = newPassword == null || newPassword.isEmpty() ? null : newPassword;
        if (password != null) {
            PasswordPolicy.check(edited.getUsername(), password, "password");
        }
        if (edited.getId() == null) {
            return create(edited, unit, password);
        }
        return update(edited, unit, password);
    }

    private UserAccount create(UserAccount edited, Unit unit, @Nullable String password) {
        if (password == null) {
            throw new RuleViolation("org.user.password.required", "password");
        }
        String username = edited.getUsername().trim();
        if (accounts.existsByUsername(username)) {
            throw new RuleViolation("org.user.username.taken", "username", username);
        }
        UserAccount account = new UserAccount();
        account.setUsername(username);
        copy(edited, account, unit);
        account.setPasswordHash(passwordEncoder.encode(password));
        accounts.saveAndFlush(account);
        audit.created(account, "Tạo tài khoản " + account.getUsername());
        return account;
    }

    private UserAccount update(UserAccount edited, Unit unit, @Nullable String password) {
        long id = Objects.requireNonNull(edited.getId());
        UserAccount account = get(id);
        account.requireVersion(edited.getVersion());
        requireMayAssign(Objects.requireNonNull(account.getUnit()), account.getRoles());
        String username = edited.getUsername().trim();
        if (accounts.existsByUsernameAndIdNot(username, id)) {
            throw new RuleViolation("org.user.username.taken", "username", username);
        }
        if (account.getId().equals(currentUser.require().id()) && !edited.isEnabled()) {
            throw new RuleViolation("org.user.self.disable", "enabled");
        }
        Map<String, Object> before = account.auditState();
        boolean moved = !Objects.equals(Objects.requireNonNull(account.getUnit()).getId(), unit.getId());
        boolean revoked = moved || password != null || !edited.isEnabled() || !account.getRoles().equals(edited.getRoles());
        account.setUsername(username);
        copy(edited, account, unit);
        if (password != null) {
            account.setPasswordHash(passwordEncoder.encode(password));
            account.setMustChangePassword(!account.getId().equals(currentUser.require().id()));
        }
        accounts.flush();
        audit.updated(account, before, password == null ? "Sửa tài khoản " + username
                : "Sửa tài khoản và đặt lại mật khẩu " + username);
        if (moved) {
            events.publishEvent(new UserMoved(id, username, unit.getPath()));
        }
        if (revoked) {
            events.publishEvent(new AccessRevoked(id));
        }
        return account;
    }

    /**
     * The signed-in user replaces their own password (and so lifts a reset's "change at next sign-in").
     * Refused, with the reason, when the current one is wrong, the two new ones differ, the new one
     * equals the current one or breaks the {@link PasswordPolicy}.
     */
    @Transactional
    public void changeOwnPassword(String current, String newPassword, String repeated) {
        PortalUser user = currentUser.require();
        UserAccount account = accounts.findById(user.id()).orElseThrow(() -> new RecordNotFound("org.user.notfound",
                user.id()));
        if (!passwordEncoder.matches(current, account.getPasswordHash())) {
            throw new RuleViolation("org.password.current.wrong", "current");
        }
        if (!newPassword.equals(repeated)) {
            throw new RuleViolation("org.password.repeat.mismatch", "repeated");
        }
        if (newPassword.equals(current)) {
            throw new RuleViolation("org.password.same", "password");
        }
        PasswordPolicy.check(account.getUsername(), newPassword, "password");
        Map<String, Object> before = account.auditState();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        accounts.flush();
        audit.updated(account, before, "Tự đổi mật khẩu " + account.getUsername());
        currentUser.passwordChanged();
    }

    /** Until when repeated wrong passwords lock the account's name; for Admins. */
    @PreAuthorize(Permissions.HAS_ADMINISTER)
    public Optional<Instant> lockedUntil(UserAccount account) {
        return throttle.lockedUntil(account.getUsername());
    }

    /** Lifts the lock repeated wrong passwords put on the account's name. */
    @PreAuthorize(Permissions.HAS_ADMINISTER)
    @Transactional
    public void unlock(long id) {
        UserAccount account = get(id);
        throttle.unlock(account.getUsername());
        audit.stateChanged(account, account.auditState(), "Mở khóa đăng nhập " + account.getUsername());
    }

    private static void copy(UserAccount from, UserAccount to, Unit unit) {
        to.setFullName(from.getFullName().trim());
        to.setTitle(blankToNull(from.getTitle()));
        to.setEmail(blankToNull(from.getEmail()));
        to.setPhone(blankToNull(from.getPhone()));
        to.setUnit(unit);
        to.setRoles(from.getRoles());
        to.setEnabled(from.isEnabled());
    }

    private void requireMayAssign(Unit unit, Set<Role> roles) {
        PortalUser user = currentUser.require();
        if (user.can(Permission.ADMINISTER)) {
            return;
        }
        UnitScope scope = user.scope();
        if (!scope.covers(unit.getPath()) || !MANAGER_ASSIGNABLE.containsAll(roles)) {
            throw new AccessDeniedException("A sales manager maintains only care staff of their own unit");
        }
    }

    private void requireInScope(UserAccount account) {
        if (!currentUser.scope().covers(Objects.requireNonNull(account.getUnit()).getPath())) {
            throw new AccessDeniedException("User " + account.getId() + " is outside the user's scope");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
