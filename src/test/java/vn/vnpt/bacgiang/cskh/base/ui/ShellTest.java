package vn.vnpt.bacgiang.cskh.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;

class ShellTest extends KaribuTest {

    @Test
    void theHeaderNamesTheSignedInUserTheirUnitAndRole() {
        login("lucnam.cskh1");

        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo("Đỗ Thị Mai");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-unit")).getText())
                .isEqualTo("Cửa hàng giao dịch Đồi Ngô");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-roles")).getText()).isEqualTo("Nhân viên CSKH");
    }

    @ParameterizedTest(name = "{0} sees the menu: {1}")
    @CsvSource(delimiter = '|', value = {
            "admin              | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Nhập khách hàng, Phân loại khách hàng, Phân loại đã lưu, Tiến độ thực hiện, Bảng điểm phối hợp, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Bảng kiểm tra, Nhân sự, Báo cáo, Đơn vị, Lịch làm việc, Chỉ tiêu SLA, Nhật ký thay đổi",
            "giamdoc            | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Phân loại khách hàng, Phân loại đã lưu, Tiến độ thực hiện, Bảng điểm phối hợp, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo",
            "kehoach            | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Nhập khách hàng, Phân loại khách hàng, Phân loại đã lưu, Tiến độ thực hiện, Bảng điểm phối hợp, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo",
            "giamsat            | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Tiến độ thực hiện, Bảng điểm phối hợp, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Bảng kiểm tra, Nhân sự, Báo cáo",
            "lucnam.truongphong | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Phân loại khách hàng, Phân loại đã lưu, Phân công chăm sóc, Tiến độ thực hiện, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo",
            "lucnam.cskh1       | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Danh sách chăm sóc, Chuyển xử lý, Khắc phục, Nhân sự, Báo cáo",
            "ttvt.lucnam        | Trang chủ, Thông báo, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo"})
    void eachRoleSeesOnlyTheViewsItMayOpen(String username, String menu) {
        login(username);

        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel)
                .containsExactlyElementsOf(List.of(menu.split(", ")));
    }

    @Test
    void anAddressOfARecordThatDoesNotExistShowsAFriendlyPageInsideTheShell() {
        login("lucnam.cskh1");
        navigate("staff/999999");

        assertThat(_get(H1.class).getText()).isEqualTo("Không tìm thấy trang");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Bản ghi này không tồn tại hoặc đã bị xóa.");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo("Đỗ Thị Mai");
    }

    @Test
    void switchingToEnglishKeepsTheChoiceForTheSessionAndTranslatesThePortal() {
        login("giamdoc");
        assertThat(_get(H1.class).getText()).isEqualTo("Xin chào, Trần Thị Thu Hà");

        _setValue(_get(LanguageSwitch.class, spec -> spec.withClasses("navbar-language")), PortalI18NProvider.ENGLISH);
        UI.getCurrent().navigate("staff");
        UI.getCurrent().navigate("");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(PortalI18NProvider.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Hello, Trần Thị Thu Hà");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-roles")).getText())
                .isEqualTo("Business Center director");
    }
}
