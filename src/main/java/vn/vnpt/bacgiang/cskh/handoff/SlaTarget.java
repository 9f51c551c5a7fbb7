package vn.vnpt.bacgiang.cskh.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** The service level of one hand-off type and priority: accept and resolve within so many working minutes. */
@Entity
@Table(name = "sla_target")
public class SlaTarget extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "handoff_type")
    private HandoffType type = HandoffType.REPAIR;
    @Enumerated(EnumType.STRING)
    private HandoffPriority priority = HandoffPriority.NORMAL;
    @Min(1)
    @Max(100_000)
    private int acceptMinutes;
    @Min(1)
    @Max(100_000)
    private int resolveMinutes;
    @Min(1)
    @Max(99)
    private int warnPercent;

    protected SlaTarget() {
    }

    public HandoffType getType() {
        return type;
    }

    public HandoffPriority getPriority() {
        return priority;
    }

    public int getAcceptMinutes() {
        return acceptMinutes;
    }

    public void setAcceptMinutes(int acceptMinutes) {
        this.acceptMinutes = acceptMinutes;
    }

    public int getResolveMinutes() {
        return resolveMinutes;
    }

    public void setResolveMinutes(int resolveMinutes) {
        this.resolveMinutes = resolveMinutes;
    }

    public int getWarnPercent() {
        return warnPercent;
    }

    public void setWarnPercent(int warnPercent) {
        this.warnPercent = warnPercent;
    }

    /** A detached copy for an edit form, so a refused save leaves the loaded target untouched. */
    public SlaTarget copy() {
        SlaTarget copy = new SlaTarget();
        copy.type = type;
        copy.priority = priority;
        copy.acceptMinutes = acceptMinutes;
        copy.resolveMinutes = resolveMinutes;
        copy.warnPercent = warnPercent;
        return copy;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("type", type.name());
        audit.put("priority", priority.name());
        audit.put("acceptMinutes", acceptMinutes);
        audit.put("resolveMinutes", resolveMinutes);
        audit.put("warnPercent", warnPercent);
        return audit;
    }
}
