package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffMove;

/** Rolled back: the hand-offs raised here stay out of the other hand-off tests' queues. */
@Transactional
class HomeWaitingHandoffsTest extends KaribuTest {

    @Autowired
    private HandoffFixture fixture;

    @Test
    void aTelecomCentersHomeListsTheHandOffsToAcceptAndThoseToResolve() {
        Handoff toAccept = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        Handoff toResolve = fixture.move("ttvt.yendung", fixture.raise("yendung.cskh1", fixture.yenDungCustomer()),
                HandoffMove.ACCEPT, null);

        login("ttvt.yendung");

        assertThat(waitingItems()).contains(
                "Nguyễn Văn Dũng · Sửa chữa|Chờ bạn tiếp nhận · hạn " + dueOf(toAccept),
                "Nguyễn Văn Dũng · Sửa chữa|Chờ bạn xử lý xong · hạn " + dueOf(toResolve))
                .doesNotContain("Hiện chưa có việc nào chờ bạn xử lý.");
    }

    @Test
    void theRequestingStoreDoesNotSeeItsSentHandOffsAsWaitingOnIt() {
        fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        login("yendung.cskh1");

        assertThat(waitingItems()).noneMatch(item -> item.startsWith("Nguyễn Văn Dũng"));
    }

    private String dueOf(Handoff handoff) {
        return VnFormats.dateTime(Objects.requireNonNull(fixture.reload(handoff).getDueAt()));
    }

    private static List<String> waitingItems() {
        return _find(Div.class, spec -> spec.withClasses("waiting-item")).stream()
                .map(item -> item.getChildren().map(child -> child.getElement().getText())
                        .reduce((a, b) -> a + "|" + b).orElse(""))
                .toList();
    }
}
