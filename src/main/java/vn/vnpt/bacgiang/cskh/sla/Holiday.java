package vn.vnpt.bacgiang.cskh.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** A day off for everyone: a public holiday, a day of the Tết break, or a compensation day. */
@Entity
@Table(name = "holiday")
public class Holiday extends AuditedEntity {

    @NotNull
    private @Nullable LocalDate day;

    @NotBlank
    @Size(max = 160)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    private HolidayKind kind = HolidayKind.OTHER;

    public Holiday() {
    }

    public Holiday(LocalDate day, String name, HolidayKind kind) {
        this.day = day;
        this.name = name;
        this.kind = kind;
    }

    public @Nullable LocalDate getDay() {
        return day;
    }

    public void setDay(@Nullable LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("day", String.valueOf(day));
        state.put("name", name);
        state.put("kind", kind.name());
        return state;
    }
}
