package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.LoggedOutcome;
import vn.vnpt.bacgiang.cskh.execution.OutcomeStratum;
import vn.vnpt.bacgiang.cskh.execution.StaffOutcomes;

class SampleDrawTest {

    @Test
    void eachOutcomesShareOfTheSampleIsItsShareOfTheContactsByLargestRemainder() {
        List<OutcomeStratum> strata = List.of(new OutcomeStratum(ContactOutcome.REACHED_ACCEPTED, 50),
                new OutcomeStratum(ContactOutcome.REACHED_DECLINED, 30), new OutcomeStratum(ContactOutcome.NOT_REACHED, 20));

        assertThat(SampleDraw.take(strata, 10, SampleDrawTest::firstOf)).extracting(LoggedOutcome::contactId)
                .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L, 2000L, 2001L, 2002L, 3000L, 3001L);
        // 7 × (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1 and the one left goes to the largest remainder.
        assertThat(SampleDraw.take(strata, 7, SampleDrawTest::firstOf)).extracting(LoggedOutcome::contactId)
                .containsExactly(1000L, 1001L, 1002L, 1003L, 2000L, 2001L, 3000L);
        assertThat(SampleDraw.quotas(Map.of(ContactOutcome.REACHED_ACCEPTED, 1, ContactOutcome.NOT_REACHED, 1,
                ContactOutcome.WRONG_NUMBER, 1), 2).values()).containsExactly(1, 1, 0);
        assertThat(SampleDraw.population(strata)).isEqualTo(100);
    }

    @Test
    void fewerContactsReadThanAnOutcomesQuotaIsAnErrorNotAShortSample() {
        List<OutcomeStratum> strata = List.of(new OutcomeStratum(ContactOutcome.NOT_REACHED, 900));

        assertThatThrownBy(() -> SampleDraw.take(strata, 2, (stratum, quota) -> firstOf(stratum, quota - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampleIsAskedByNumberOrByPercentageAndNeverExceedsTheContactsNorTheLargestSample() {
        assertThat(SampleDraw.size(80, new SampleRequest(20, null, false))).isEqualTo(20);
        assertThat(SampleDraw.size(15, new SampleRequest(20, null, false))).isEqualTo(15);
        assertThat(SampleDraw.size(80, new SampleRequest(null, 10, false))).isEqualTo(8);
        assertThat(SampleDraw.size(81, new SampleRequest(null, 10, false))).isEqualTo(9);
        assertThat(SampleDraw.size(3, new SampleRequest(null, 1, false))).isEqualTo(1);
        assertThat(SampleDraw.size(338_055, new SampleRequest(null, 10, false))).isEqualTo(SampleRequest.MAX_SIZE);
    }

    @Test
    void aStaffMemberWithAtLeastFiveContactsAndASuccessRateFarFromTheUnitsIsUnusual() {
        List<StaffOutcomes> tallies = List.of(
                new StaffOutcomes(1, ContactOutcome.REACHED_ACCEPTED, 10), new StaffOutcomes(1, ContactOutcome.NOT_REACHED, 10),
                new StaffOutcomes(2, ContactOutcome.REACHED_ACCEPTED, 10), new StaffOutcomes(2, ContactOutcome.REACHED_DECLINED, 10),
                new StaffOutcomes(3, ContactOutcome.REACHED_ACCEPTED, 20),
                new StaffOutcomes(4, ContactOutcome.NOT_REACHED, 4));

        // The unit: 40 accepted of 64 (62.5 %); staff 1 and 2 at 50 %, 3 at 100 %, 4 at 0 % on too few contacts.
        assertThat(SampleDraw.unusualStaff(tallies)).containsExactly(3L);
    }

    /** An outcome's first contacts: ids from 1000, 2000, 3000... by the outcome's place in the enum. */
    private static List<LoggedOutcome> firstOf(OutcomeStratum stratum, int quota) {
        long firstId = 1000L * (stratum.outcome().ordinal() + 1);
        List<LoggedOutcome> first = new ArrayList<>();
        for (int n = 0; n < quota; n++) {
            first.add(new LoggedOutcome(firstId + n, stratum.outcome(), n % 3));
        }
        return first;
    }
}
