package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;

import org.junit.jupiter.api.BeforeEach;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The menu in the real servlet: Vaadin filters its entries with {@code request.isUserInRole} on each
 * view's {@code @RolesAllowed(Permissions.X)}, which must reach the user's permission authorities
 * (docs/decisions/0011). The same lists as {@code ShellTest}'s, there checked in Karibu.
 */
class AccessMenuBrowserIT extends BrowserTest {

    private static final String MENU_LABELS = """
            return Array.from(document.querySelectorAll('vaadin-side-nav.main-nav > vaadin-side-nav-item'))
                .map(item => Array.from(item.childNodes).filter(node => node.nodeType === Node.TEXT_NODE)
                    .map(node => node.textContent).join('').trim());""";

    @BeforeEach
    void newVisitor() {
        browser.forgetEverything().laptopViewport();
    }

    @ParameterizedTest(name = "{0} sees the menu: {1}")
    @CsvSource(delimiter = '|', value = {
            "kehoach            | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Nhập khách hàng, Phân loại khách hàng, Phân loại đã lưu, Tiến độ thực hiện, Bảng điểm phối hợp, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo",
            "lucnam.truongphong | Trang chủ, Thông báo, Chương trình CSKH, Khách hàng, Phân loại khách hàng, Phân loại đã lưu, Phân công chăm sóc, Tiến độ thực hiện, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo",
            "ttvt.lucnam        | Trang chủ, Thông báo, Chuyển xử lý, Kiểm tra giám sát, Khắc phục, Nhân sự, Báo cáo"})
    void eachRoleSeesTheViewsItsPermissionsOpen(String username, String menu) {
        browser.signInAndWaitForShell(username, PASSWORD);
        browser.waitFor(By.cssSelector("vaadin-side-nav.main-nav vaadin-side-nav-item"));

        assertThat(browser.script(MENU_LABELS)).asInstanceOf(InstanceOfAssertFactories.list(String.class))
                .containsExactlyElementsOf(List.of(menu.split(", ")));
    }
}
