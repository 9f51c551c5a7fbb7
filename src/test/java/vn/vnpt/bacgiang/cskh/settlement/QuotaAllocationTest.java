package vn.vnpt.bacgiang.cskh.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotaAllocationTest {

    @Test
    void aCentreLineIsSplitByQuotaShareAndThePartsAddUpToTheAmount() {
        assertThat(QuotaAllocation.split(1_000_000, List.of(3L, 4L))).containsExactly(428_571L, 571_429L);
        assertThat(QuotaAllocation.split(100, List.of(1L, 1L, 1L))).containsExactly(34L, 33L, 33L);
    }

    @Test
    void theLeftoverDongGoToTheLargestRemaindersWhateverTheWeights() {
        Random random = new Random(8);
        for (int run = 0; run < 500; run++) {
            long amount = random.nextLong(0, 20_000_000_000L);
            List<Long> weights = random.ints(1 + random.nextInt(12), 0, 50_000).mapToObj(Long::valueOf).toList();
            List<Long> parts = QuotaAllocation.split(amount, weights);
            assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(amount);
            long total = weights.stream().mapToLong(Long::longValue).sum();
            for (int i = 0; i < parts.size() && total > 0; i++) {
                double exact = (double) amount * weights.get(i) / total;
                assertThat(Math.abs(parts.get(i) - exact)).isLessThan(1.001);
            }
        }
    }

    @Test
    void unitsWithoutAnyQuotaShareTheAmountEvenly() {
        assertThat(QuotaAllocation.split(10, List.of(0L, 0L, 0L))).containsExactly(4L, 3L, 3L);
        assertThat(QuotaAllocation.split(10, List.of())).isEmpty();
    }
}
