package vn.vnpt.bacgiang.cskh.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaretInsertionTest {

    @Test
    void aPlaceholderGoesAtTheCaretSetApartFromTheWordsAroundIt() {
        assertThat(CaretInsertion.of("Em chào, cảm ơn", 7, 7, "{ten_khach_hang}"))
                .isEqualTo(new CaretInsertion("Em chào {ten_khach_hang}, cảm ơn", 24));
        assertThat(CaretInsertion.of("suốt năm", 4, 4, "{so_nam_gan_bo}"))
                .isEqualTo(new CaretInsertion("suốt {so_nam_gan_bo} năm", 20));
        assertThat(CaretInsertion.of("suốt năm", 5, 5, "{so_nam_gan_bo}").text()).isEqualTo("suốt {so_nam_gan_bo} năm");
    }

    @Test
    void aSelectionIsReplacedAndAnUnknownCaretMeansTheEnd() {
        assertThat(CaretInsertion.of("Em chào XXX, cảm ơn", 8, 11, "{ten_khach_hang}").text())
                .isEqualTo("Em chào {ten_khach_hang}, cảm ơn");
        assertThat(CaretInsertion.of("Em chào", -1, -1, "{ten_khach_hang}"))
                .isEqualTo(new CaretInsertion("Em chào {ten_khach_hang}", 24));
        assertThat(CaretInsertion.of("", -1, -1, "{dich_vu}").text()).isEqualTo("{dich_vu}");
    }
}
