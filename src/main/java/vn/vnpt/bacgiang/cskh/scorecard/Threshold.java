package vn.vnpt.bacgiang.cskh.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** The counts at which a figure turns amber (warning) and red (alert); an Admin sets them. */
@Entity
@Table(name = "scorecard_threshold")
public class Threshold extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private Metric metric = Metric.NOT_STARTED;
    private int warnAt;
    private int alertAt;

    protected Threshold() {
    }

    public Metric getMetric() {
        return metric;
    }

    public int getWarnAt() {
        return warnAt;
    }

    public int getAlertAt() {
        return alertAt;
    }

    void change(int warnAt, int alertAt) {
        this.warnAt = warnAt;
        this.alertAt = alertAt;
    }

    public Level level(long value) {
        if (value >= alertAt) {
            return Level.ALERT;
        }
        return value >= warnAt ? Level.WARN : Level.OK;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("metric", metric.name());
        state.put("warnAt", warnAt);
        state.put("alertAt", alertAt);
        return state;
    }
}
