package vn.vnpt.bacgiang.cskh.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerIndicatorsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Test
    void aCustomerWithSteadySpendAndNothingAgainstThemIsLowRisk() {
        var indicators = CustomerIndicators.compute(List.of(fiber(steady(200_000), 0, SubscriptionStatus.ACTIVE, null)),
                List.of(), AS_OF);

        assertThat(indicators.churnRisk()).isEqualTo(ChurnRisk.LOW);
        assertThat(indicators.churnReasons()).isEmpty();
        assertThat(indicators.arpu()).isEqualTo(200_000);
        assertThat(indicators.trend()).isEqualTo(ArpuTrend.STABLE);
        assertThat(indicators.services()).isEqualTo(Service.FIBERVNN.bit());
    }

    @Test
    void spendFallingMoreThanFifteenPercentIsOneReasonAndMediumRisk() {
        long[] falling = steady(200_000);
        falling[9] = falling[10] = falling[11] = 160_000;

        var indicators = CustomerIndicators.compute(List.of(fiber(falling, 0, SubscriptionStatus.ACTIVE, null)),
                List.of(), AS_OF);

        assertThat(indicators.trend()).isEqualTo(ArpuTrend.FALLING);
        assertThat(indicators.churnReasons()).containsExactly(ChurnReason.FALLING_SPEND);
        assertThat(indicators.churnRisk()).isEqualTo(ChurnRisk.MEDIUM);
    }

    @Test
    void aFallOfExactlyFifteenPercentIsStillStable() {
        long[] falling = steady(200_000);
        falling[9] = falling[10] = falling[11] = 170_000;

        var indicators = CustomerIndicators.compute(List.of(fiber(falling, 0, SubscriptionStatus.ACTIVE, null)),
                List.of(), AS_OF);

        assertThat(indicators.trend()).isEqualTo(ArpuTrend.STABLE);
    }

    @Test
    void overdueChargesASuspensionAndAnEndingContractMakeHighRisk() {
        var suspended = new CustomerIndicators.SubscriptionFacts(Service.MYTV, SubscriptionStatus.SUSPENDED,
                LocalDate.of(2020, 1, 1), null, 0, new MonthlyCharges(steady(80_000)));
        var indicators = CustomerIndicators.compute(List.of(
                fiber(steady(200_000), 150_000, SubscriptionStatus.ACTIVE, AS_OF.plusDays(45)), suspended),
                List.of(), AS_OF);

        assertThat(indicators.churnReasons()).containsExactlyInAnyOrder(ChurnReason.OVERDUE, ChurnReason.SUSPENDED,
                ChurnReason.CONTRACT_ENDING);
        assertThat(indicators.churnRisk()).isEqualTo(ChurnRisk.HIGH);
        assertThat(indicators.suspendedServices()).isEqualTo(Service.MYTV.bit());
        assertThat(indicators.overdueAmount()).isEqualTo(150_000);
        assertThat(indicators.contractEndOn()).isEqualTo(AS_OF.plusDays(45));
    }

    @Test
    void threeComplaintsInAYearOrAnOpenRecentOneCount() {
        var old = new CustomerIndicators.ComplaintFacts(AS_OF.minusMonths(8), true);
        var threeResolved = List.of(old, new CustomerIndicators.ComplaintFacts(AS_OF.minusMonths(5), true),
                new CustomerIndicators.ComplaintFacts(AS_OF.minusMonths(1), true));
        var subscription = List.of(fiber(steady(200_000), 0, SubscriptionStatus.ACTIVE, null));

        assertThat(CustomerIndicators.compute(subscription, threeResolved, AS_OF).churnReasons())
                .containsExactly(ChurnReason.COMPLAINTS);
        assertThat(CustomerIndicators.compute(subscription, List.of(old), AS_OF).churnReasons()).isEmpty();
        assertThat(CustomerIndicators.compute(subscription,
                List.of(new CustomerIndicators.ComplaintFacts(AS_OF.minusDays(30), false)), AS_OF).churnReasons())
                .containsExactly(ChurnReason.COMPLAINTS);
        assertThat(CustomerIndicators.compute(subscription, threeResolved, AS_OF).lastComplaintOn())
                .isEqualTo(AS_OF.minusMonths(1));
    }

    @Test
    void aContractEndingInMoreThanSixtyDaysIsNoReason() {
        var indicators = CustomerIndicators.compute(
                List.of(fiber(steady(200_000), 0, SubscriptionStatus.ACTIVE, AS_OF.plusDays(61))), List.of(), AS_OF);
        assertThat(indicators.churnReasons()).isEmpty();
    }

    private static CustomerIndicators.SubscriptionFacts fiber(long[] charges, long overdue, SubscriptionStatus status,
                                                              LocalDate contractEnd) {
        return new CustomerIndicators.SubscriptionFacts(Service.FIBERVNN, status, LocalDate.of(2015, 5, 1),
                contractEnd, overdue, new MonthlyCharges(charges));
    }

    private static long[] steady(long amount) {
        long[] amounts = new long[MonthlyCharges.MONTHS];
        Arrays.fill(amounts, amount);
        return amounts;
    }
}
