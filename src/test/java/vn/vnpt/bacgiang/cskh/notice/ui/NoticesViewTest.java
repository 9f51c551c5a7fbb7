package vn.vnpt.bacgiang.cskh.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;

/** Notices sent here carry a message key no feature sends (a state's name). Rolled back: reading marks demo notices read. */
@Transactional
class NoticesViewTest extends KaribuTest {

    private static final String KEY = "sla.state.OVERDUE";
    private static final long SONDONG_CSKH1 = 22;
    private static final long SONDONG_MANAGER = 21;

    @Autowired
    private NoticeService notices;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aUserSeesOnlyTheirOwnNoticesInTheirLanguageUnreadInBold() {
        notices.send(SONDONG_CSKH1, "HANDOFF", KEY, List.of(), null);
        notices.send(SONDONG_MANAGER, "ESCALATION", KEY, List.of(), null);
        login("sondong.cskh1");
        navigate("notices");

        List<Div> mine = _find(Div.class, spec -> spec.withClasses("notice"));
        List<Div> ours = mine.stream().filter(row -> row.getElement().getTextRecursively().startsWith("Quá hạn")).toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.getFirst().getElement().getTextRecursively()).contains("Yêu cầu chuyển xử lý");
        assertThat(ours.getFirst().hasClassName("unread")).isTrue();
    }

    @Test
    void aNoticeReadsInTheReadersLanguage() {
        notices.send(SONDONG_CSKH1, "HANDOFF", KEY, List.of(), null);
        login("sondong.cskh1");
        useEnglish();
        navigate("notices");

        assertThat(newest().getElement().getTextRecursively()).startsWith("Overdue").contains("Hand-off");
    }

    @Test
    void theDemoAdminIsRemindedToCheckThe2027HolidaysWithALinkToTheCalendar() {
        login("admin");
        navigate("notices");

        Div reminder = _find(Div.class, spec -> spec.withClasses("notice")).stream()
                .filter(row -> row.getElement().getTextRecursively().startsWith("Lịch nghỉ Tết Nguyên đán và Quốc khánh 2027"))
                .findFirst().orElseThrow();
        _click(reminder);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("working-calendar");
    }

    @Test
    void clickingANoticeMarksItReadAndOpensItsLink() {
        notices.send(SONDONG_CSKH1, "HANDOFF", KEY, List.of(), "customers");
        login("sondong.cskh1");
        navigate("notices");

        _click(newest());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("customers");
        assertThat(jdbc.queryForObject("SELECT read_at IS NOT NULL FROM notice WHERE message_key = ?", Boolean.class, KEY))
                .isTrue();
        navigate("notices");
        assertThat(newest().hasClassName("read")).isTrue();
    }

    @Test
    void theMenuCountsUnreadNoticesAndMarkAllReadClearsThem() {
        notices.send(SONDONG_MANAGER, "SLA_WARNING", KEY, List.of(), null);
        notices.send(SONDONG_MANAGER, "SLA_WARNING", KEY, List.of(), null);
        long unread = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE recipient = ? AND read_at IS NULL",
                Long.class, SONDONG_MANAGER);
        login("sondong.truongphong");

        assertThat(badgeOf("Thông báo")).isEqualTo(String.valueOf(unread));

        navigate("notices");
        _click(_get(Button.class, spec -> spec.withText("Đánh dấu tất cả đã đọc")));
        assertThat(_get(Span.class, spec -> spec.withClasses("notice-unread-count")).getText()).isEqualTo("Chưa đọc: 0");
        assertThat(_find(Div.class, spec -> spec.withClasses("unread"))).isEmpty();

        navigate("");
        assertThat(_get(SideNav.class).getItems().stream().filter(entry -> entry.getLabel().equals("Thông báo"))
                .findFirst().orElseThrow().getSuffixComponent()).as("the badge is gone on the next page").isNull();
    }

    private static Div newest() {
        return _find(Div.class, spec -> spec.withClasses("notice")).getFirst();
    }

    private static String badgeOf(String label) {
        SideNavItem item = _get(SideNav.class).getItems().stream().filter(entry -> entry.getLabel().equals(label))
                .findFirst().orElseThrow();
        return ((Span) item.getSuffixComponent()).getText();
    }
}
