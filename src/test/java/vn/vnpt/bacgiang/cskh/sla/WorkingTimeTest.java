package vn.vnpt.bacgiang.cskh.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arithmetic on the seeded office hours and the 2026 holidays that matter here, without a database. */
class WorkingTimeTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final WorkingTime OFFICE = new WorkingTime(VIETNAM, officeHours(), Set.of(
            LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22),
            LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 1)));

    static List<WorkingTime.Period> officeHours() {
        List<WorkingTime.Period> periods = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            periods.add(new WorkingTime.Period(day, LocalTime.of(7, 30), LocalTime.of(11, 30)));
            periods.add(new WorkingTime.Period(day, LocalTime.of(13, 30), LocalTime.of(17, 0)));
        }
        return periods;
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }

    @Test
    void aOneHourTargetSentAtElevenSkipsTheLunchBreakAndIsDueAtTwo() {
        assertThat(OFFICE.deadline(at("2026-03-10T11:00"), Duration.ofHours(1), List.of()))
                .isEqualTo(at("2026-03-10T14:00"));
    }

    @Test
    void theNightDoesNotCount() {
        assertThat(OFFICE.deadline(at("2026-03-10T16:00"), Duration.ofHours(2), List.of()))
                .isEqualTo(at("2026-03-11T08:30"));
        assertThat(OFFICE.workingTimeBetween(at("2026-03-10T16:00"), at("2026-03-11T08:30")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theWeekendDoesNotCount() {
        assertThat(OFFICE.deadline(at("2026-03-13T16:30"), Duration.ofHours(1), List.of()))
                .isEqualTo(at("2026-03-16T08:00"));
        assertThat(OFFICE.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();
    }

    @Test
    void aHandOffSentTheFridayBeforeTetIsDueTheMondayAfterTheBreak() {
        // 15:00-17:00 on Friday 13/02 is 2 h; Tết runs 14/02-22/02; the other 2 h are Monday 23/02 07:30-09:30
        assertThat(OFFICE.deadline(at("2026-02-13T15:00"), Duration.ofHours(4), List.of()))
                .isEqualTo(at("2026-02-23T09:30"));
    }

    @Test
    void hungKingsDayOnASundayIsCompensatedTheMondayAfter() {
        assertThat(OFFICE.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(OFFICE.deadline(at("2026-04-24T16:00"), Duration.ofHours(2), List.of()))
                .isEqualTo(at("2026-04-28T08:30"));
    }

    @Test
    void timeWaitingForTheCustomerIsNotCounted() {
        List<Pause> waiting = List.of(new Pause(at("2026-03-10T09:00"), at("2026-03-10T15:00")));

        // 08:00-09:00 then 15:00-17:00 on Tuesday, 07:30-08:30 on Wednesday
        assertThat(OFFICE.deadline(at("2026-03-10T08:00"), Duration.ofHours(4), waiting))
                .isEqualTo(at("2026-03-11T08:30"));
        assertThat(OFFICE.elapsed(at("2026-03-10T08:00"), at("2026-03-10T16:00"), waiting))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void overlappingPausesAreNotSubtractedTwice() {
        List<Pause> waiting = List.of(new Pause(at("2026-03-10T08:00"), at("2026-03-10T10:00")),
                new Pause(at("2026-03-10T09:00"), at("2026-03-10T10:30")));

        assertThat(OFFICE.elapsed(at("2026-03-10T07:30"), at("2026-03-10T11:30"), waiting))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void whileAPauseIsOpenThereIsNoDeadlineAndTheElapsedTimeStandsStill() {
        List<Pause> waiting = List.of(new Pause(at("2026-03-10T09:00"), null));

        assertThat(OFFICE.deadline(at("2026-03-10T08:00"), Duration.ofHours(4), waiting)).isNull();
        assertThat(OFFICE.elapsed(at("2026-03-10T08:00"), at("2026-03-12T10:00"), waiting))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aHandOffSentOutsideWorkingHoursStartsCountingAtTheNextOpening() {
        assertThat(OFFICE.deadline(at("2026-03-10T20:15"), Duration.ofHours(1), List.of()))
                .isEqualTo(at("2026-03-11T08:30"));
        assertThat(OFFICE.deadline(at("2026-03-14T10:00"), Duration.ofMinutes(30), List.of()))
                .isEqualTo(at("2026-03-16T08:00"));
        assertThat(OFFICE.workingTimeBetween(at("2026-03-10T12:00"), at("2026-03-10T13:30"))).isZero();
    }

    @Test
    void aTargetUsedUpExactlyAtClosingTimeIsDueAtClosingTime() {
        assertThat(OFFICE.deadline(at("2026-03-10T16:00"), Duration.ofHours(1), List.of()))
                .isEqualTo(at("2026-03-10T17:00"));
    }

    @Test
    void workingTimeAndDeadlineAgreeAcrossTwoHundredHours() {
        Instant start = at("2026-02-10T10:17");
        Instant due = OFFICE.deadline(start, Duration.ofHours(200), List.of());

        assertThat(due).isNotNull();
        assertThat(OFFICE.workingTimeBetween(start, due)).isEqualTo(Duration.ofHours(200));
    }

    @Test
    void aClockWarnsAtThePercentGivenThenTurnsOverdueAfterTheDeadline() {
        Instant sent = at("2026-03-10T08:00");
        Duration target = Duration.ofHours(4);

        assertThat(SlaClock.of(OFFICE, sent, target, 75, List.of(), at("2026-03-10T10:00"), null).state())
                .isEqualTo(SlaState.ON_TIME);
        assertThat(SlaClock.of(OFFICE, sent, target, 75, List.of(), at("2026-03-10T11:00"), null).state())
                .isEqualTo(SlaState.WARNING);
        SlaClock late = SlaClock.of(OFFICE, sent, target, 75, List.of(), at("2026-03-10T18:00"), null);
        assertThat(late.deadline()).isEqualTo(at("2026-03-10T14:00"));
        assertThat(late.state()).isEqualTo(SlaState.OVERDUE);
        assertThat(late.elapsed()).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void aPausedClockIsPausedAndAStoppedOneIsMetOrMissedForGood() {
        Instant sent = at("2026-03-10T08:00");
        Duration target = Duration.ofHours(4);
        List<Pause> open = List.of(new Pause(at("2026-03-10T09:00"), null));

        SlaClock paused = SlaClock.of(OFFICE, sent, target, 75, open, at("2026-03-13T09:00"), null);
        assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.deadline()).isNull();
        assertThat(SlaClock.of(OFFICE, sent, target, 75, List.of(), at("2026-03-20T09:00"), at("2026-03-10T14:00"))
                .state()).isEqualTo(SlaState.MET);
        assertThat(SlaClock.of(OFFICE, sent, target, 75, List.of(), at("2026-03-20T09:00"), at("2026-03-10T15:00"))
                .state()).isEqualTo(SlaState.MISSED);
    }
}
