package vn.vnpt.bacgiang.cskh.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vnpt.bacgiang.cskh.KaribuTest;

/**
 * What keyboard and screen-reader users rely on in the shell: each page's title is its one H1, inside
 * the view that is the page's {@code main} landmark; a skip link leads there; the menu toggle is named
 * in the user's language and the menu's scroller is no Tab stop of its own.
 */
class ShellAccessibilityTest extends KaribuTest {

    @ParameterizedTest(name = "{0} on \"{1}\" finds one H1, the page''s title")
    @CsvSource(delimiter = '|', value = {
            "kehoach            | campaigns               | campaign.board.title",
            "kehoach            | campaigns/list          | campaign.list.title",
            "kehoach            | customers               | customer.list.title",
            "kehoach            | customers/import        | customer.import.title",
            "kehoach            | segments                | segment.list.title",
            "kehoach            | progress                | execution.progress.title",
            "kehoach            | handoffs                | handoff.queue.title",
            "kehoach            | notices                 | notice.list.title",
            "kehoach            | staff                   | org.staff.title",
            "giamsat            | supervision/inspections | supervision.inspections.title",
            "giamsat            | supervision/actions     | supervision.actions.title",
            "giamsat            | supervision/templates   | supervision.templates.title",
            "admin              | units                   | org.units.title",
            "admin              | audit                   | audit.title",
            "admin              | sla-targets             | handoff.sla.title",
            "admin              | working-calendar        | sla.calendar.title",
            "lucnam.truongphong | assignment              | execution.assign.title",
            "lucnam.cskh1       | worklist                | execution.worklist.title",
            "lucnam.cskh1       | handoffs/new            | handoff.raise.title",
            "lucnam.cskh1       | reports                 | report.title",
            "lucnam.cskh1       | password                | org.password.title"})
    void everyPageHasOneH1ItsTitleInsideTheMainLandmark(String username, String location, String titleKey) {
        login(username);
        navigate(location);

        List<H1> headings = _find(H1.class);
        assertThat(headings).extracting(H1::getText).containsExactly(UI.getCurrent().getTranslation(titleKey));
        assertThat(mainLandmark().getElement().isVirtualChild()).isFalse();
        assertThat(isInside(headings.getFirst().getElement(), mainLandmark().getElement())).isTrue();
    }

    @Test
    void theHomePageGreetsTheUserInItsOneH1() {
        login("kehoach");

        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Xin chào, Lê Minh Đức");
    }

    @Test
    void theSkipLinkComesFirstAndLeadsToTheViewOfEveryPage() {
        login("kehoach");
        SkipLink skip = _get(SkipLink.class);

        assertThat(skip.getText()).isEqualTo("Bỏ qua đến nội dung chính");
        assertThat(skip.getHref()).isEqualTo("#" + SkipLink.MAIN_CONTENT);
        assertThat(_get(MainLayout.class).getElement().getChildren()
                .filter(child -> "navbar".equals(child.getAttribute("slot"))).findFirst()).hasValue(skip.getElement());
        navigate("handoffs");
        Component main = mainLandmark();
        assertThat(main.getElement().getAttribute("role")).isEqualTo("main");
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(main.getElement().getTextRecursively()).contains("Yêu cầu chuyển xử lý");
    }

    @Test
    void theMenuToggleIsNamedInVietnameseAndTheMenusScrollerIsNoTabStop() {
        login("kehoach");

        assertThat(_get(DrawerToggle.class).getAriaLabel()).hasValue("Hiện hoặc ẩn menu");
        assertThat(_get(Scroller.class).getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void inEnglishTheMenuToggleAndTheSkipLinkSpeakEnglish() {
        useEnglish();
        login("kehoach");

        assertThat(_get(DrawerToggle.class).getAriaLabel()).hasValue("Show or hide the menu");
        assertThat(_get(SkipLink.class).getText()).isEqualTo("Skip to main content");
    }

    private static Component mainLandmark() {
        return _get(Component.class, spec -> spec.withId(SkipLink.MAIN_CONTENT));
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element at = element; at != null; at = at.getParent()) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
