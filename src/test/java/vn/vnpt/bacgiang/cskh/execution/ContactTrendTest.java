package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.supervision.CallbackFixture;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/** Campaign 9's contacts per Vietnamese day, over Lục Nam's twenty contacts of 20 November and two more. Rolled back. */
@Transactional
class ContactTrendTest extends PortalTest {

    @Autowired
    private ContactTrend trend;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    @Test
    void eachDayFromTheFirstContactToTheLastCountsItsContactsAndAcceptancesByVietnameseDate() {
        CallbackFixture.twentyContacts(jdbc);
        // 23:30 UTC on the 21st is already the 22nd in Vietnam
        List<Long> late = CallbackFixture.contacts(jdbc, CallbackFixture.MAI, "Đỗ Thị Mai",
                List.of(ContactOutcome.REACHED_ACCEPTED, ContactOutcome.NOT_REACHED));
        jdbc.update("UPDATE care_contact SET contacted_at = '2026-11-21 23:30:00' WHERE id IN (?, ?)", late.get(0),
                late.get(1));
        signIn("giamsat");

        List<DayContacts> days = trend.daily(SupervisionFixture.CAMPAIGN).stream()
                .filter(day -> !day.day().isBefore(LocalDate.of(2026, 11, 20))).toList();

        assertThat(days).startsWith(new DayContacts(LocalDate.of(2026, 11, 20), count("2026-11-20", false),
                count("2026-11-20", true)), new DayContacts(LocalDate.of(2026, 11, 21), count("2026-11-21", false), count("2026-11-21", true)),
                new DayContacts(LocalDate.of(2026, 11, 22), count("2026-11-22", false), count("2026-11-22", true)));
        assertThat(days.get(2).contacts()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSalesManagerSeesOnlyTheContactsOfTheirUnitAndCareStaffNone() throws Exception {
        CallbackFixture.twentyContacts(jdbc);

        long lucNam = as("lucnam.truongphong", () -> trend.daily(SupervisionFixture.CAMPAIGN)).stream()
                .mapToLong(DayContacts::contacts).sum();
        long lucNgan = as("lucngan.truongphong", () -> trend.daily(SupervisionFixture.CAMPAIGN)).stream()
                .mapToLong(DayContacts::contacts).sum();

        assertThat(lucNam).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ? "
                + "AND unit_id = ?", Long.class, SupervisionFixture.CAMPAIGN, SupervisionFixture.LUC_NAM_SALES));
        assertThat(lucNgan).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ? "
                + "AND unit_id = ?", Long.class, SupervisionFixture.CAMPAIGN, SupervisionFixture.LUC_NGAN_SALES));
        assertThatThrownBy(() -> as("lucnam.cskh1", () -> trend.daily(SupervisionFixture.CAMPAIGN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDaysThatEndedAreCountedOnceAndKeptWhileTodaysContactsAreCountedAsTheyCome() {
        CallbackFixture.twentyContacts(jdbc);
        clock.stopAt(utc("2026-11-22T03:00:00Z"));
        signIn("giamsat");

        DayContacts twentieth = day(trend.daily(SupervisionFixture.CAMPAIGN), "2026-11-20");

        assertThat(twentieth.contacts()).isEqualTo(count("2026-11-20", false));
        assertThat(jdbc.queryForObject("SELECT through FROM contact_days_kept WHERE campaign_id = ?", LocalDate.class,
                SupervisionFixture.CAMPAIGN)).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(jdbc.queryForObject("SELECT SUM(contacts) FROM contact_day WHERE campaign_id = ? AND day = ?",
                Long.class, SupervisionFixture.CAMPAIGN, LocalDate.of(2026, 11, 20))).isEqualTo(twentieth.contacts());

        List<Long> today = CallbackFixture.contacts(jdbc, CallbackFixture.MAI, "Đỗ Thị Mai",
                List.of(ContactOutcome.REACHED_ACCEPTED));
        jdbc.update("UPDATE care_contact SET contacted_at = '2026-11-22 02:00:00' WHERE id = ?", today.getFirst());
        List<Long> late = CallbackFixture.contacts(jdbc, CallbackFixture.MAI, "Đỗ Thị Mai",
                List.of(ContactOutcome.NOT_REACHED));
        jdbc.update("UPDATE care_contact SET contacted_at = '2026-11-20 02:00:00' WHERE id = ?", late.getFirst());
        List<DayContacts> later = trend.daily(SupervisionFixture.CAMPAIGN);

        assertThat(day(later, "2026-11-22").contacts()).isEqualTo(count("2026-11-22", false)).isPositive();
        assertThat(day(later, "2026-11-20")).as("a kept day is not counted again").isEqualTo(twentieth);

        clock.stopAt(utc("2026-11-23T03:00:00Z"));
        assertThat(day(trend.daily(SupervisionFixture.CAMPAIGN), "2026-11-22").contacts())
                .isEqualTo(count("2026-11-22", false));
        assertThat(jdbc.queryForObject("SELECT through FROM contact_days_kept WHERE campaign_id = ?", LocalDate.class,
                SupervisionFixture.CAMPAIGN)).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    private LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), clock.getZone());
    }

    private static DayContacts day(List<DayContacts> days, String date) {
        return days.stream().filter(day -> day.day().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    /** Contacts of campaign 9 on the Vietnamese date, counted here; only the accepted ones when asked. */
    private long count(String vietnameseDate, boolean accepted) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ? AND "
                + "DATE(CONVERT_TZ(contacted_at, '+00:00', '+07:00')) = ?"
                + (accepted ? " AND outcome = 'REACHED_ACCEPTED'" : ""), Long.class, SupervisionFixture.CAMPAIGN,
                vietnameseDate);
    }
}
