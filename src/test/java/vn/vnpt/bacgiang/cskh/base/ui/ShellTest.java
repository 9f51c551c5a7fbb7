package vn.vnpt.bacgiang.cskh.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.KaribuTest;

class ShellTest extends KaribuTest {

    @Test
    void theHeaderNamesTheSignedInUserTheirUnitAndRole() {
        login("lucnam.cskh1");

        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText()).isEqualTo("Đỗ Thị Mai");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-unit")).getText())
                .isEqualTo("Cửa hàng giao dịch Đồi Ngô");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-roles")).getText()).isEqualTo("Nhân viên CSKH");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Trang chủ");
    }
}
