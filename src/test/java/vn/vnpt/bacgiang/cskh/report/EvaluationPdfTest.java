package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.execution.DayContacts;

class EvaluationPdfTest {

    @Test
    void aLongCampaignIsChartedPerWeekFromItsFirstDayWithNothingLostOrCountedTwice() {
        LocalDate first = LocalDate.of(2026, 8, 6);
        List<DayContacts> days = IntStream.range(0, 60)
                .mapToObj(n -> new DayContacts(first.plusDays(n), n, n % 2)).toList();

        List<DayContacts> weeks = EvaluationPdf.weeks(days);

        assertThat(weeks).hasSize(9);
        assertThat(weeks.getFirst()).isEqualTo(new DayContacts(first, 0 + 1 + 2 + 3 + 4 + 5 + 6, 3));
        assertThat(weeks.getLast().day()).isEqualTo(first.plusDays(56));
        assertThat(weeks.stream().mapToLong(DayContacts::contacts).sum())
                .isEqualTo(days.stream().mapToLong(DayContacts::contacts).sum());
        assertThat(weeks.stream().mapToLong(DayContacts::accepted).sum()).isEqualTo(30);
    }
}
