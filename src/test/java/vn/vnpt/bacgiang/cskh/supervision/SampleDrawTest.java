package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.LoggedOutcome;

class SampleDrawTest {

    @Test
    void theSameSeedAndTheSameContactsGiveTheSameSampleWhateverTheirOrder() {
        List<LoggedOutcome> population = population(60, 25, 15);
        List<LoggedOutcome> shuffled = new ArrayList<>(population);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        List<Long> first = ids(SampleDraw.draw(population, 20, false, 42L));
        List<Long> again = ids(SampleDraw.draw(shuffled, 20, false, 42L));
        List<Long> otherSeed = ids(SampleDraw.draw(population, 20, false, 43L));

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(first).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void eachOutcomesShareOfTheSampleIsItsShareOfTheContactsByLargestRemainder() {
        List<LoggedOutcome> population = population(50, 30, 20);

        assertThat(outcomes(SampleDraw.draw(population, 10, false, 1L))).isEqualTo(Map.of(
                ContactOutcome.REACHED_ACCEPTED, 5L, ContactOutcome.REACHED_DECLINED, 3L, ContactOutcome.NOT_REACHED, 2L));
        // 7 × (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1 and the one left goes to the largest remainder.
        assertThat(outcomes(SampleDraw.draw(population, 7, false, 1L))).isEqualTo(Map.of(
                ContactOutcome.REACHED_ACCEPTED, 4L, ContactOutcome.REACHED_DECLINED, 2L, ContactOutcome.NOT_REACHED, 1L));
        assertThat(SampleDraw.quotas(Map.of(ContactOutcome.REACHED_ACCEPTED, 1, ContactOutcome.NOT_REACHED, 1,
                ContactOutcome.WRONG_NUMBER, 1), 2).values()).containsExactly(1, 1, 0);
    }

    @Test
    void aSampleIsAskedByNumberOrByPercentageAndNeverExceedsTheContacts() {
        assertThat(SampleDraw.size(80, new SampleRequest(20, null, false))).isEqualTo(20);
        assertThat(SampleDraw.size(15, new SampleRequest(20, null, false))).isEqualTo(15);
        assertThat(SampleDraw.size(80, new SampleRequest(null, 10, false))).isEqualTo(8);
        assertThat(SampleDraw.size(81, new SampleRequest(null, 10, false))).isEqualTo(9);
        assertThat(SampleDraw.size(3, new SampleRequest(null, 1, false))).isEqualTo(1);
    }

    @Test
    void weightingDrawsMoreContactsOfAStaffMemberWithAnUnusualSuccessRate() {
        List<LoggedOutcome> population = new ArrayList<>();
        for (long staff = 1; staff <= 4; staff++) {
            for (int n = 0; n < 20; n++) {
                boolean accepted = staff == 4 || n % 2 == 0;
                population.add(contact(population.size() + 1, staff,
                        accepted ? ContactOutcome.REACHED_ACCEPTED : ContactOutcome.REACHED_DECLINED));
            }
        }
        assertThat(SampleDraw.unusualStaff(population)).containsExactly(4L);

        long plain = 0;
        long weighted = 0;
        for (long seed = 0; seed < 50; seed++) {
            plain += SampleDraw.draw(population, 16, false, seed).stream().filter(c -> c.staffId() == 4).count();
            weighted += SampleDraw.draw(population, 16, true, seed).stream().filter(c -> c.staffId() == 4).count();
        }

        assertThat(weighted).isGreaterThan(plain + plain / 4);
    }

    private static List<LoggedOutcome> population(int accepted, int declined, int notReached) {
        List<LoggedOutcome> contacts = new ArrayList<>();
        for (int n = 0; n < accepted + declined + notReached; n++) {
            ContactOutcome outcome = n < accepted ? ContactOutcome.REACHED_ACCEPTED
                    : n < accepted + declined ? ContactOutcome.REACHED_DECLINED : ContactOutcome.NOT_REACHED;
            contacts.add(contact(1000 + n, n % 3, outcome));
        }
        return contacts;
    }

    private static LoggedOutcome contact(long id, long staff, ContactOutcome outcome) {
        return new LoggedOutcome(id, outcome, staff);
    }

    private static List<Long> ids(List<LoggedOutcome> contacts) {
        return contacts.stream().map(LoggedOutcome::contactId).toList();
    }

    private static Map<ContactOutcome, Long> outcomes(List<LoggedOutcome> contacts) {
        return contacts.stream().collect(Collectors.groupingBy(LoggedOutcome::outcome, Collectors.counting()));
    }
}
