package vn.vnpt.bacgiang.cskh.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.sla.WorkingTimeTest.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** The calendar as seeded by the migration, and as Admins change it (in 2031, far from other tests' dates). */
class WorkingCalendarTest extends PortalTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);

    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private CalendarSettings settings;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theSeededCalendarKnowsTet2026AndAnswersWithoutASignedInUser() {
        assertThat(calendar.deadline(at("2026-02-13T15:00"), Duration.ofHours(4), List.of()))
                .isEqualTo(at("2026-02-23T09:30"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
        assertThat(calendar.workingTimeBetween(at("2026-03-09T00:00"), at("2026-03-16T00:00")))
                .isEqualTo(Duration.ofMinutes(5 * 450));
    }

    @Test
    void aHolidayAddedByAnAdminCountsAtOnceAndStopsCountingWhenDeleted() {
        assertThat(calendar.deadline(at("2031-03-11T16:00"), Duration.ofHours(2), List.of()))
                .isEqualTo(at("2031-03-12T08:30"));
        signIn("admin");
        Holiday added = settings.saveHoliday(new Holiday(WEDNESDAY, "Ngày nghỉ thử", HolidayKind.OTHER));
        try {
            assertThat(calendar.isWorkingDay(WEDNESDAY)).isFalse();
            assertThat(calendar.deadline(at("2031-03-11T16:00"), Duration.ofHours(2), List.of()))
                    .isEqualTo(at("2031-03-13T08:30"));
        } finally {
            settings.deleteHoliday(added);
        }
        assertThat(calendar.isWorkingDay(WEDNESDAY)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Holiday' AND entity_id = ?",
                Long.class, String.valueOf(added.getId()))).isEqualTo(2);
    }

    @Test
    void aSecondHolidayOnTheSameDayIsRefused() {
        signIn("admin");
        assertThatThrownBy(() -> settings.saveHoliday(new Holiday(LocalDate.of(2026, 9, 2), "Trùng", HolidayKind.OTHER)))
                .isInstanceOf(RuleViolation.class).hasMessage("sla.holiday.taken");
    }

    @Test
    void aPeriodMustEndAfterItStartsAndMustNotOverlapAnotherOfTheSameDay() {
        signIn("admin");
        assertThatThrownBy(() -> settings.savePeriod(new WorkingPeriod(2, LocalTime.of(12, 0), LocalTime.of(11, 0))))
                .isInstanceOf(RuleViolation.class).hasMessage("sla.period.order");
        assertThatThrownBy(() -> settings.savePeriod(new WorkingPeriod(2, LocalTime.of(11, 0), LocalTime.of(12, 0))))
                .isInstanceOf(RuleViolation.class).hasMessage("sla.period.overlap");
    }

    @Test
    void aPeriodEditedByTwoAdminsAtOnceKeepsTheFirstAndRefusesTheStaleOne() {
        signIn("admin");
        WorkingPeriod saturday = settings.savePeriod(new WorkingPeriod(6, LocalTime.of(20, 0), LocalTime.of(21, 0)));
        try {
            WorkingPeriod first = settings.period(saturday.getId());
            WorkingPeriod second = settings.period(saturday.getId());
            first.setEnd(LocalTime.of(21, 30));
            settings.savePeriod(first);
            second.setEnd(LocalTime.of(22, 0));

            assertThatThrownBy(() -> settings.savePeriod(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(settings.period(saturday.getId()).getEnd()).isEqualTo(LocalTime.of(21, 30));
        } finally {
            settings.deletePeriod(settings.period(saturday.getId()));
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 15))).isFalse();
    }

    @Test
    void onlyAdminsChangeTheCalendar() {
        signIn("giamdoc");
        assertThatThrownBy(() -> settings.saveHoliday(new Holiday(WEDNESDAY, "Không được", HolidayKind.OTHER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.periods()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotChangeTheCalendar() {
        assertThatThrownBy(() -> settings.holidays(2026)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
