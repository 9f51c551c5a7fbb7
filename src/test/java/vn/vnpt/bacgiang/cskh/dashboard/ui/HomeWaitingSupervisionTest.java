package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/**
 * The supervision records on the home page's waiting card and the menu badges, on 4 December 2026 (the
 * clock stopped). Rolled back: the inspections, findings and actions made here disappear with each test.
 */
@Transactional
class HomeWaitingSupervisionTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String LUC_NAM = "Phòng bán hàng khu vực Lục Nam";
    private static final String LUC_NGAN = "Phòng bán hàng khu vực Lục Ngạn";

    @Autowired
    private FindingFixture fixture;
    @Autowired
    private FindingService findings;
    @Autowired
    private InspectionService inspections;
    @Autowired
    private TestClock clock;

    @BeforeEach
    void stopTheClockOnTheFourthOfDecember() {
        clock.stopAt(TODAY.atTime(10, 0));
    }

    @Test
    void theSupervisorsHomeListsTheInspectionToFillAndTheActionToVerifyAndTheBadgesCountThem() {
        login("giamsat");
        long submitted = fixture.submittedWithFindings();
        long toFill = Objects.requireNonNull(inspections.plan(new InspectionPlan(SupervisionFixture.SALES_TEMPLATE,
                SupervisionFixture.CAMPAIGN, SupervisionFixture.LUC_NGAN_SALES, null, null, TODAY)).getId());
        login("lucnam.truongphong");
        CorrectiveAction action = fixture.acknowledgedWithAction(submitted, FindingFixture.NOT_HANDED_OUT,
                TODAY.plusDays(7));
        findings.done(Objects.requireNonNull(action.getId()), action.getVersion(), "Đã giao lại danh sách", null);

        login("giamsat");

        assertThat(waitingItems()).contains(
                LUC_NAM + " · " + FindingFixture.NOT_HANDED_OUT + "|Đơn vị báo đã khắc phục, chờ bạn xác nhận",
                LUC_NGAN + " · Tri ân khách hàng MyTV|Chờ bạn kiểm tra hôm nay");
        assertThat(badgeOf("Kiểm tra giám sát")).isEqualTo("1");
        assertThat(badgeOf("Khắc phục")).isEqualTo("1");

        AnchorsKt._click(_get(Anchor.class, spec -> spec.withText(LUC_NGAN + " · Tri ân khách hàng MyTV")));
        assertThat(location()).isEqualTo("supervision/inspection/" + toFill);
        navigate("");
        AnchorsKt._click(_get(Anchor.class, spec -> spec.withText(LUC_NAM + " · " + FindingFixture.NOT_HANDED_OUT)));
        assertThat(location()).isEqualTo("supervision/actions");
    }

    @Test
    void theManagerAcknowledgesTheFindingTheHomeListsAndItIsGoneFromTheHomeAndTheBadge() {
        login("giamsat");
        long submitted = fixture.submittedWithFindings();
        login("lucnam.truongphong");
        String script = LUC_NAM + " · " + FindingFixture.SCRIPT;
        assertThat(waitingItems()).contains(script + "|Phát hiện sau kiểm tra, chờ bạn xác nhận hoặc khiếu nại");
        assertThat(badgeOf("Kiểm tra giám sát")).isEqualTo("3");

        AnchorsKt._click(_get(Anchor.class, spec -> spec.withText(script)));
        assertThat(location()).isEqualTo("supervision/inspection/" + submitted);
        long finding = Objects.requireNonNull(fixture.finding(submitted, FindingFixture.SCRIPT).getId());
        _click(_get(_get(Div.class, spec -> spec.withId("finding-" + finding)), Button.class,
                spec -> spec.withText("Xác nhận")));
        navigate("");

        assertThat(waitingItems()).noneMatch(item -> item.startsWith(script + "|"))
                .anyMatch(item -> item.startsWith(LUC_NAM + " · " + FindingFixture.CALLBACKS + "|"));
        assertThat(badgeOf("Kiểm tra giám sát")).isEqualTo("2");
    }

    @Test
    void aFindingOnACallbackSampleNamesWhoseCallbacksInTheReadersLanguage() {
        login("giamsat");
        fixture.submittedWithCallbacks(3);

        login("lucnam.truongphong");
        assertThat(waitingItems()).contains(LUC_NAM + " · Mẫu gọi lại của Đỗ Thị Mai"
                + "|Phát hiện sau kiểm tra, chờ bạn xác nhận hoặc khiếu nại");

        useEnglish();
        login("lucnam.truongphong");
        assertThat(waitingItems()).anyMatch(item -> item.startsWith(LUC_NAM + " · Callback sample of Đỗ Thị Mai|"))
                .noneMatch(item -> item.contains("Mẫu gọi lại"));
    }

    @Test
    void careStaffSeeNoSupervisionRecordsAndNoSupervisionBadges() {
        login("giamsat");
        long submitted = fixture.submittedWithFindings();
        login("lucnam.truongphong");
        fixture.acknowledgedWithAction(submitted, FindingFixture.NOT_HANDED_OUT, TODAY.minusDays(1));

        login("lucnam.cskh1");

        assertThat(waitingItems()).noneMatch(item -> item.startsWith(LUC_NAM + " · "));
        assertThat(badgeOf("Khắc phục")).isNull();
    }

    private static List<String> waitingItems() {
        return _find(Div.class, spec -> spec.withClasses("waiting-item")).stream()
                .map(item -> item.getChildren().map(child -> child.getElement().getText())
                        .reduce((a, b) -> a + "|" + b).orElse(""))
                .toList();
    }

    private static @Nullable String badgeOf(String label) {
        SideNavItem item = _get(SideNav.class).getItems().stream().filter(entry -> entry.getLabel().equals(label))
                .findFirst().orElseThrow();
        return item.getSuffixComponent() instanceof Span badge ? badge.getText() : null;
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
