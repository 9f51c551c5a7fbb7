package vn.vnpt.bacgiang.cskh.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** A unit (đơn vị) of the organisation: the provincial telecom, a centre, a department, a store. */
@Entity
@Table(name = "unit")
public class Unit extends AuditedEntity {

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[A-Z0-9-]*", message = "{org.unit.code.pattern}")
    private String code = "";

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    private @Nullable UnitKind kind;

    @Enumerated(EnumType.STRING)
    private @Nullable District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Unit parent;

    @Column(nullable = false)
    private String path = "";

    @Size(max = 32)
    @Pattern(regexp = "[0-9 +().-]*", message = "{portal.phone.pattern}")
    private @Nullable String phone;

    @Size(max = 300)
    private @Nullable String address;

    private boolean active = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable UnitKind getKind() {
        return kind;
    }

    public void setKind(@Nullable UnitKind kind) {
        this.kind = kind;
    }

    public @Nullable District getDistrict() {
        return district;
    }

    public void setDistrict(@Nullable District district) {
        this.district = district;
    }

    public @Nullable Unit getParent() {
        return parent;
    }

    public void setParent(@Nullable Unit parent) {
        this.parent = parent;
    }

    /** The ids from the root down to this unit, e.g. {@code /1/2/11/}. */
    public String getPath() {
        return path;
    }

    void setPath(String path) {
        this.path = path;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", String.valueOf(kind));
        state.put("district", String.valueOf(district));
        state.put("parent", parent == null ? "" : parent.getCode());
        state.put("phone", phone == null ? "" : phone);
        state.put("address", address == null ? "" : address);
        state.put("active", active);
        return state;
    }

    @Override
    public String toString() {
        return name;
    }
}
