package vn.vnpt.bacgiang.cskh.sla;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Admins maintain the working calendar: opening periods per weekday and the holidays. Every change
 * is audited and, once committed, every SLA clock counts with it.
 */
@Service
@PreAuthorize(Permissions.HAS_ADMINISTER)
@Transactional(readOnly = true)
public class CalendarSettings {

    private final WorkingPeriodRepository periods;
    private final HolidayRepository holidays;
    private final AuditTrail audit;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    CalendarSettings(WorkingPeriodRepository periods, HolidayRepository holidays, AuditTrail audit,
                     Validator validator, ApplicationEventPublisher events) {
        this.periods = periods;
        this.holidays = holidays;
        this.audit = audit;
        this.validator = validator;
        this.events = events;
    }

    /** Every opening period, by weekday then start. */
    public List<WorkingPeriod> periods() {
        return periods.findAllByOrderByWeekdayAscStartAsc();
    }

    public List<Holiday> holidays(int year) {
        return holidays.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The years that have holidays, plus the given current year and the next one. */
    public List<Integer> years(int currentYear) {
        TreeSet<Integer> years = new TreeSet<>(holidays.years());
        years.add(currentYear);
        years.add(Year.of(currentYear).plusYears(1).getValue());
        return List.copyOf(years);
    }

    @Transactional
    public WorkingPeriod savePeriod(WorkingPeriod edited) {
        validate(edited);
        if (!Objects.requireNonNull(edited.getEnd()).isAfter(Objects.requireNonNull(edited.getStart()))) {
            throw new RuleViolation("sla.period.order", "end");
        }
        periods.findByWeekday(edited.getWeekday()).stream()
                .filter(other -> !Objects.equals(other.getId(), edited.getId()) && other.overlaps(edited))
                .findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("sla.period.overlap", "start", other.getStart(), other.getEnd());
                });
        WorkingPeriod period;
        if (edited.getId() == null) {
            period = periods.saveAndFlush(new WorkingPeriod(edited.getWeekday(), edited.getStart(), edited.getEnd()));
            audit.created(period, "Thêm giờ làm việc " + describe(period));
        } else {
            period = currentPeriod(edited.getId(), edited.getVersion());
            Map<String, Object> before = period.auditState();
            period.setWeekday(edited.getWeekday());
            period.setStart(edited.getStart());
            period.setEnd(edited.getEnd());
            periods.saveAndFlush(period);
            audit.updated(period, before, "Sửa giờ làm việc " + describe(period));
        }
        events.publishEvent(new CalendarChanged());
        return period;
    }

    @Transactional
    public void deletePeriod(WorkingPeriod deleted) {
        WorkingPeriod period = currentPeriod(Objects.requireNonNull(deleted.getId()), deleted.getVersion());
        audit.stateChanged(period, period.auditState(), "Xóa giờ làm việc " + describe(period));
        periods.delete(period);
        periods.flush();
        events.publishEvent(new CalendarChanged());
    }

    @Transactional
    public Holiday saveHoliday(Holiday edited) {
        validate(edited);
        LocalDate day = Objects.requireNonNull(edited.getDay());
        boolean taken = edited.getId() == null ? holidays.existsByDay(day)
                : holidays.existsByDayAndIdNot(day, edited.getId());
        if (taken) {
            throw new RuleViolation("sla.holiday.taken", "day", VnFormats.date(day));
        }
        Holiday holiday;
        if (edited.getId() == null) {
            holiday = holidays.saveAndFlush(new Holiday(day, edited.getName().trim(), edited.getKind()));
            audit.created(holiday, "Thêm ngày nghỉ " + VnFormats.date(day));
        } else {
            holiday = currentHoliday(edited.getId(), edited.getVersion());
            Map<String, Object> before = holiday.auditState();
            holiday.setDay(day);
            holiday.setName(edited.getName().trim());
            holiday.setKind(edited.getKind());
            holidays.saveAndFlush(holiday);
            audit.updated(holiday, before, "Sửa ngày nghỉ " + VnFormats.date(day));
        }
        events.publishEvent(new CalendarChanged());
        return holiday;
    }

    @Transactional
    public void deleteHoliday(Holiday deleted) {
        Holiday holiday = currentHoliday(Objects.requireNonNull(deleted.getId()), deleted.getVersion());
        audit.stateChanged(holiday, holiday.auditState(),
                "Xóa ngày nghỉ " + VnFormats.date(Objects.requireNonNull(holiday.getDay())));
        holidays.delete(holiday);
        holidays.flush();
        events.publishEvent(new CalendarChanged());
    }

    public WorkingPeriod period(long id) {
        return periods.findById(id).orElseThrow(() -> new RecordNotFound("sla.period.notfound", id));
    }

    public Holiday holiday(long id) {
        return holidays.findById(id).orElseThrow(() -> new RecordNotFound("sla.holiday.notfound", id));
    }

    private WorkingPeriod currentPeriod(long id, long version) {
        WorkingPeriod period = period(id);
        period.requireVersion(version);
        return period;
    }

    private Holiday currentHoliday(long id, long version) {
        Holiday holiday = holiday(id);
        holiday.requireVersion(version);
        return holiday;
    }

    private void validate(Object edited) {
        var violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static String describe(WorkingPeriod period) {
        return period.dayOfWeek() + " " + period.getStart() + "-" + period.getEnd();
    }
}
