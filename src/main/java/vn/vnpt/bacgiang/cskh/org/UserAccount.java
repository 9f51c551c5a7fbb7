package vn.vnpt.bacgiang.cskh.org;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.security.Role;

/** A person who signs in to the portal: belongs to one unit, has one or more roles. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[a-z0-9._-]*", message = "{org.user.username.pattern}")
    private String username = "";

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @NotBlank
    @Size(max = 120)
    private String fullName = "";

    @Size(max = 120)
    private @Nullable String title;

    @Email
    @Size(max = 160)
    private @Nullable String email;

    @Size(max = 32)
    @Pattern(regexp = "[0-9 +().-]*", message = "{portal.phone.pattern}")
    private @Nullable String phone;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private @Nullable Unit unit;

    @NotEmpty
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private boolean mustChangePassword;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable Unit getUnit() {
        return unit;
    }

    public void setUnit(@Nullable Unit unit) {
        this.unit = unit;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("title", title == null ? "" : title);
        state.put("email", email == null ? "" : email);
        state.put("phone", phone == null ? "" : phone);
        state.put("unit", unit == null ? "" : unit.getCode());
        state.put("roles", roles.stream().sorted().map(Role::name).toList());
        state.put("enabled", enabled);
        return state;
    }

    @Override
    public String toString() {
        return username;
    }
}
