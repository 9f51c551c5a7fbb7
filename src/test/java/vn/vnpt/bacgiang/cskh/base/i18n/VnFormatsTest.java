package vn.vnpt.bacgiang.cskh.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VnFormatsTest {

    @Test
    void decimalsAreWrittenWithACommaAndTheirFixedNumberOfDigits() {
        assertThat(VnFormats.decimal(new BigDecimal("4.0"), 1)).isEqualTo("4,0");
        assertThat(VnFormats.decimal(new BigDecimal("4.25"), 1)).isEqualTo("4,3");
        assertThat(VnFormats.decimal(4, 1)).isEqualTo("4,0");
        assertThat(VnFormats.decimal(new BigDecimal("1234.5"), 2)).isEqualTo("1.234,50");
    }

    @Test
    void numbersGroupThousandsWithDotsAndKeepUpToTwoDecimalsAfterAComma() {
        assertThat(VnFormats.number(1_234_567)).isEqualTo("1.234.567");
        assertThat(VnFormats.number(new BigDecimal("66.7"))).isEqualTo("66,7");
    }
}
