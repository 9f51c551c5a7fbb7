package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SeededOrderTest {

    private static final long KEYS = 1L << 32;

    @Test
    void aSmallOutcomeIsReadWholeAndALargeOneThroughAWindowOfAboutFourTimesTheQuota() {
        SeededOrder order = new SeededOrder(42, Set.of(), 1.0);

        assertThat(order.window(200, 40)).isNull();
        assertThat(order.window(224, 40)).isNull();
        SeededOrder.KeyWindow window = order.window(281_690, 166);
        assertThat(window).isNotNull();
        assertThat(window.width() * 281_690.0 / KEYS).isBetween(727.9, 728.1);
        assertThat(window.from()).isBetween(0L, KEYS - 1);
        assertThat(order.window(281_690, 166)).isEqualTo(window);
    }

    @Test
    void neighbouringSeedsStartTheirWindowsFarApart() {
        long first = new SeededOrder(1, Set.of(), 1.0).window(100_000, 10).from();
        long second = new SeededOrder(2, Set.of(), 1.0).window(100_000, 10).from();

        assertThat(Math.abs(first - second)).isGreaterThan(KEYS / 1000);
    }

    @Test
    void aWindowPastTheLastKeyWrapsAroundToTheFirst() {
        assertThat(new SeededOrder.KeyWindow(100, 50).condition()).isEqualTo("sample_key >= 100 AND sample_key < 150");
        assertThat(new SeededOrder.KeyWindow(KEYS - 10, 50).condition())
                .isEqualTo("(sample_key >= 4294967286 OR sample_key < 40)");
    }
}
