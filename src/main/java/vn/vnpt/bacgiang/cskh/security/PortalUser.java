package vn.vnpt.bacgiang.cskh.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.vnpt.bacgiang.cskh.base.ui.ShellUser;

/**
 * The signed-in user: who they are, their unit and roles, and so the units they may see and what they
 * may do. Their authorities are the permissions their roles grant.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, ShellUser {

    private final long id;
    private final String username;
    private @Nullable String passwordHash;
    private final String fullName;
    private final long unitId;
    private final String unitName;
    private final String unitPath;
    private final Set<Role> roles;
    private final Set<Permission> permissions;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    private PortalUser(PortalUser user, boolean mustChangePassword) {
        this.id = user.id;
        this.username = user.username;
        this.passwordHash = null;
        this.fullName = user.fullName;
        this.unitId = user.unitId;
        this.unitName = user.unitName;
        this.unitPath = user.unitPath;
        this.roles = user.roles;
        this.permissions = user.permissions;
        this.enabled = user.enabled;
        this.locked = user.locked;
        this.mustChangePassword = mustChangePassword;
    }

    public PortalUser(Account account, boolean locked) {
        this.id = account.id();
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.fullName = account.fullName();
        this.unitId = account.unitId();
        this.unitName = account.unitName();
        this.unitPath = account.unitPath();
        this.roles = Set.copyOf(account.roles());
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> granted.addAll(role.permissions()));
        this.permissions = Collections.unmodifiableSet(granted);
        this.enabled = account.enabled();
        this.locked = locked;
        this.mustChangePassword = account.mustChangePassword();
    }

    public long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public String unitPath() {
        return unitPath;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether an Admin set the password and the user must choose their own before doing anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same user once they have chosen their own password. */
    PortalUser withOwnPassword() {
        return new PortalUser(this, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether one of the user's roles grants the permission. */
    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether the user's scope is the whole organisation (a role whose scope is {@link ScopeLevel#ALL}). */
    public boolean seesAll() {
        return scope().isAll();
    }

    /** The widest scope among the user's roles. */
    public UnitScope scope() {
        ScopeLevel level = roles.stream().map(Role::scope).reduce(ScopeLevel.OWN_UNIT, ScopeLevel::widest);
        return new UnitScope(level, unitId, unitPath);
    }

    @Override
    public String displayName() {
        return fullName;
    }

    @Override
    public String unitName() {
        return unitName;
    }

    @Override
    public List<String> roleLabelKeys() {
        return roles.stream().sorted().map(Role::labelKey).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return permissions.stream().map(permission -> new SimpleGrantedAuthority(permission.name())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
