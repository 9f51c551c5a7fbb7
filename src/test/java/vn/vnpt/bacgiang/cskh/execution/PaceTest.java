package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaceTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 15);
    private static final LocalDate END = LocalDate.of(2027, 1, 13);

    @Test
    void nothingIsDueBeforeThePeriodStartsAndTheWholeQuotaOnItsLastDayAndAfter() {
        assertThat(new Pace(START, END, START.minusDays(11)).expected(300)).isZero();
        assertThat(new Pace(START, END, END).expected(300)).isEqualTo(300);
        assertThat(new Pace(START, END, END.plusDays(20)).expected(300)).isEqualTo(300);
    }

    @Test
    void betweenItIsDueProRataByDayCountingTodayAndRoundedUp() {
        Pace firstDay = new Pace(START, END, START);
        assertThat(firstDay.days()).isEqualTo(30);
        assertThat(firstDay.elapsedDays()).isEqualTo(1);
        assertThat(firstDay.expected(300)).isEqualTo(10);
        assertThat(new Pace(START, END, START.plusDays(9)).expected(300)).isEqualTo(100);
        assertThat(new Pace(START, END, START.plusDays(9)).expected(7)).isEqualTo(3);
    }
}
