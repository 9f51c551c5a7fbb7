package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffMove;

/** Rolled back: the hand-offs raised here stay out of the other hand-off tests' queues. */
@Transactional
class HomeWaitingHandoffsTest extends KaribuTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    @Test
    void aTelecomCentersHomeListsTheHandOffsToAcceptAndThoseToResolve() {
        Handoff toAccept = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        Handoff toResolve = fixture.move("ttvt.yendung", fixture.raise("yendung.cskh1", fixture.yenDungCustomer()),
                HandoffMove.ACCEPT, null);
        // most urgent first: these two, already overdue, come before what other test classes left open
        dueAt(toAccept, "2026-12-01T01:00:00Z");
        dueAt(toResolve, "2026-12-01T02:30:00Z");

        login("ttvt.yendung");

        assertThat(waitingItems()).startsWith(
                "Nguyễn Văn Dũng · Sửa chữa|Chờ bạn tiếp nhận · hạn 01/12/2026 08:00",
                "Nguyễn Văn Dũng · Sửa chữa|Chờ bạn xử lý xong · hạn 01/12/2026 09:30")
                .doesNotContain("Hiện chưa có việc nào chờ bạn xử lý.");
    }

    @Test
    void theRequestingStoreDoesNotSeeItsSentHandOffsAsWaitingOnIt() {
        fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        login("yendung.cskh1");

        assertThat(waitingItems()).noneMatch(item -> item.startsWith("Nguyễn Văn Dũng"));
    }

    private void dueAt(Handoff handoff, String instant) {
        entityManager.flush();
        jdbc.update("UPDATE handoff SET due_at = ? WHERE id = ?", Timestamp.from(Instant.parse(instant)),
                HandoffFixture.id(handoff));
        entityManager.clear();
    }

    private static List<String> waitingItems() {
        return _find(Div.class, spec -> spec.withClasses("waiting-item")).stream()
                .map(item -> item.getChildren().map(child -> child.getElement().getText())
                        .reduce((a, b) -> a + "|" + b).orElse(""))
                .toList();
    }
}
