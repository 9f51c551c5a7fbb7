package vn.vnpt.bacgiang.cskh.org;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
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
    private static final int MIN_PASSWORD_LENGTH = 8;

    private final UserAccountRepository accounts;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    StaffService(UserAccountRepository accounts, UnitService units, CurrentUser currentUser, AuditTrail audit,
                 Validator validator, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
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
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.SALES_MANAGER);
    }

    /** The roles the signed-in user may give to an account. */
    public Set<Role> assignableRoles() {
        return currentUser.require().hasRole(Role.ADMIN) ? EnumSet.allOf(Role.class)
                : currentUser.require().hasRole(Role.SALES_MANAGER) ? EnumSet.copyOf(MANAGER_ASSIGNABLE)
                : EnumSet.noneOf(Role.class);
    }

    /**
     * Creates or updates an account. {@code newPassword} is required for a new account and, when
     * given for an existing one, resets its password.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SALES_MANAGER')")
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
            checkPassword(password);
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
        if (account.getVersion() != edited.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
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
        account.setUsername(username);
        copy(edited, account, unit);
        if (password != null) {
            account.setPasswordHash(passwordEncoder.encode(password));
        }
        accounts.flush();
        audit.updated(account, before, password == null ? "Sửa tài khoản " + username
                : "Sửa tài khoản và đặt lại mật khẩu " + username);
        if (moved) {
            events.publishEvent(new UserMoved(id, username, unit.getPath()));
        }
        return account;
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
        if (user.hasRole(Role.ADMIN)) {
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

    private static void checkPassword(String password) {
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        if (password.length() < MIN_PASSWORD_LENGTH || !letters || !digits) {
            throw new RuleViolation("org.user.password.weak", "password", MIN_PASSWORD_LENGTH);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
