package vn.vnpt.bacgiang.cskh.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;

/** Every page of the shell, refusals and reports included, names itself and then the portal in the browser's tab. */
class PageTitleTest extends KaribuTest {

    @ParameterizedTest(name = "{0} opening \"{1}\" reads \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "lucnam.cskh1 ; reports ; Báo cáo | Cổng CSKH",
            "lucnam.cskh1 ; units ; Không có quyền truy cập | Cổng CSKH",
            "lucnam.truongphong ; staff/99999999 ; Không tìm thấy trang | Cổng CSKH",
            "kehoach ; handoffs ; Yêu cầu chuyển xử lý | Cổng CSKH",
            "kehoach ; segments ; Phân loại đã lưu | Cổng CSKH",
            "kehoach ; '' ; Trang chủ | Cổng CSKH"})
    void theTitleEndsInThePortalsName(String username, String location, String title) {
        login(username);
        UI.getCurrent().navigate(location);
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(title);
    }

    @Test
    void inEnglishTheTitleEndsInTheEnglishName() {
        login("kehoach");
        useEnglish();
        UI.getCurrent().navigate("reports");
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Reports | CSKH Portal");
    }
}
