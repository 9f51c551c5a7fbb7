package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.customer.CustomerFixtures;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;

class HomeViewTest extends KaribuTest {

    @Autowired
    private CustomerFixtures fixtures;
    @Autowired
    private HandoffFixture handoffs;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDirectorsHomeCoversTheWholeProvinceAndMarksTheAppraisalStep() {
        login("giamdoc");

        assertThat(cardValue("Huyện/thành phố")).isEqualTo("10");
        assertThat(cardValue("Quyền xem dữ liệu")).isEqualTo("Toàn tỉnh");
        assertThat(myStepTitles()).containsExactly("Thẩm định", "Báo cáo đánh giá, kết thúc");
    }

    @Test
    void aDistrictManagersHomeCoversTheirDepartmentAndItsStores() {
        login("lucnam.truongphong");

        assertThat(cardValue("Đơn vị")).isEqualTo("3");
        assertThat(cardValue("Huyện/thành phố")).isEqualTo("1");
        assertThat(cardValue("Nhân sự đang hoạt động")).isEqualTo(String.valueOf(jdbc.queryForObject(
                "SELECT COUNT(*) FROM user_account a JOIN unit u ON u.id = a.unit_id WHERE a.enabled "
                        + "AND u.path LIKE (SELECT CONCAT(path, '%') FROM unit WHERE code = 'PBH-LNM')", Long.class)));
        assertThat(cardValue("Quyền xem dữ liệu")).isEqualTo("Đơn vị và cấp dưới");
        assertThat(myStepTitles()).containsExactly("Đảm bảo điều kiện thực hiện", "Thực hiện chương trình");
    }

    @Test
    void aPlannerOwnsTheSegmentingPlanningReadinessAndReportSteps() {
        login("kehoach");

        assertThat(myStepTitles()).containsExactly("Nghiên cứu và phân loại khách hàng", "Định hướng và kịch bản mẫu",
                "Lập kế hoạch chăm sóc chi tiết", "Đảm bảo điều kiện thực hiện", "Báo cáo đánh giá, kết thúc");
    }

    @Test
    void aStoresCareStaffSeeTheirCustomersAndThoseAtRisk() {
        long before = Long.parseLong(valueAfterLogin("lucnam.cskh1", "Nguy cơ rời mạng cao"));
        fixtures.atRiskCustomer("Triệu Thị Mến", CustomerFixtures.LUC_NAM_STORE);
        fixtures.loyalCustomer("Lăng Văn Tiến", CustomerFixtures.LUC_NAM_STORE);

        assertThat(Long.parseLong(valueAfterLogin("lucnam.cskh1", "Nguy cơ rời mạng cao"))).isEqualTo(before + 1);
    }

    @Test
    void telecomCenterStaffHaveNoCustomerFigures() {
        login("ttvt.lucnam");
        assertThat(_find(Span.class, spec -> spec.withClasses("card-label"))).extracting(Span::getText)
                .doesNotContain("Khách hàng", "Nguy cơ rời mạng cao");
    }

    @Test
    void aStoresCareStaffCountTheHandOffsTheirStoreSentAndTheTelecomCenterSeesItsQueueOnlyOnItsDashboard() {
        String sentNotDone = "Yêu cầu đơn vị gửi chưa xong";
        long before = Long.parseLong(valueAfterLogin("yendung.cskh1", sentNotDone));
        handoffs.raise("yendung.cskh1", handoffs.yenDungCustomer());
        assertThat(_find(Anchor.class, spec -> spec.withClasses("card-link"))).isNotEmpty()
                .allSatisfy(card -> assertThat(card.getHref()).isEqualTo("handoffs"));

        assertThat(Long.parseLong(valueAfterLogin("yendung.cskh1", sentNotDone))).isEqualTo(before + 1);

        login("ttvt.yendung");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-received-SENT")).getHref())
                .isEqualTo("handoffs?mode=RECEIVED&state=SENT");
        _assertNone(Anchor.class, spec -> spec.withClasses("card-link"));
    }

    private String valueAfterLogin(String username, String label) {
        login(username);
        return cardValue(label);
    }

    private static String cardValue(String label) {
        Div card = _find(Div.class, spec -> spec.withClasses("stat-card")).stream()
                .filter(candidate -> _get(candidate, Span.class, spec -> spec.withClasses("card-label")).getText()
                        .equals(label))
                .findFirst().orElseThrow();
        return _get(card, Span.class, spec -> spec.withClasses("card-value")).getText();
    }

    private static List<String> myStepTitles() {
        return _find(Div.class, spec -> spec.withClasses("care-step-mine")).stream()
                .map(step -> _get(step, Span.class, spec -> spec.withClasses("care-step-title")).getText())
                .toList();
    }
}
