package vn.vnpt.bacgiang.cskh.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** One opening period of a weekday (1 = Monday ... 7 = Sunday); a day may have several. */
@Entity
@Table(name = "working_period")
public class WorkingPeriod extends AuditedEntity {

    @Min(1)
    @Max(7)
    private int weekday = 1;

    @NotNull
    @Column(name = "start_time")
    private @Nullable LocalTime start;

    @NotNull
    @Column(name = "end_time")
    private @Nullable LocalTime end;

    public WorkingPeriod() {
    }

    public WorkingPeriod(int weekday, LocalTime start, LocalTime end) {
        this.weekday = weekday;
        this.start = start;
        this.end = end;
    }

    public int getWeekday() {
        return weekday;
    }

    public void setWeekday(int weekday) {
        this.weekday = weekday;
    }

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.of(weekday);
    }

    public @Nullable LocalTime getStart() {
        return start;
    }

    public void setStart(@Nullable LocalTime start) {
        this.start = start;
    }

    public @Nullable LocalTime getEnd() {
        return end;
    }

    public void setEnd(@Nullable LocalTime end) {
        this.end = end;
    }

    /** Whether this period and the other share a moment on the same weekday. */
    boolean overlaps(WorkingPeriod other) {
        return weekday == other.weekday && Objects.requireNonNull(start).isBefore(Objects.requireNonNull(other.end))
                && Objects.requireNonNull(other.start).isBefore(Objects.requireNonNull(end));
    }

    WorkingTime.Period period() {
        return new WorkingTime.Period(dayOfWeek(), Objects.requireNonNull(start), Objects.requireNonNull(end));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("weekday", weekday);
        state.put("start", String.valueOf(start));
        state.put("end", String.valueOf(end));
        return state;
    }
}
