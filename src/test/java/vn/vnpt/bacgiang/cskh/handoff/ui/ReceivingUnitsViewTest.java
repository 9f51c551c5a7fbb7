package vn.vnpt.bacgiang.cskh.handoff.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffPriority;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffType;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;

/** Each kind of receiving unit sees what was sent to it: a TTVT, PBH DN, ĐHNV. */
class ReceivingUnitsViewTest extends KaribuTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theEnterpriseSalesDeptSeesTheHandOffSentToItOnItsDashboardOnceAndInTheQueueItOpensOn() {
        Handoff handoff = fixture.raise("yendung.cskh1", HandoffFixture.draft(fixture.yenDungCustomer(),
                HandoffType.ENTERPRISE, HandoffPriority.NORMAL));
        assertThat(handoff.getReceiverUnitName()).isEqualTo("Phòng bán hàng Doanh nghiệp");

        login("pbhdn.truongphong");
        Anchor sentTile = _get(Anchor.class, spec -> spec.withId("dashboard-received-SENT"));
        assertThat(sentTile.getElement().getTextRecursively())
                .isEqualTo(receivedBy(handoff.getReceiverUnitId(), "SENT") + "Đã gửi");
        assertThat(sentTile.getHref()).isEqualTo("handoffs?mode=RECEIVED&state=SENT");
        _assertNone(Anchor.class, spec -> spec.withClasses("card-link")); // the dashboard's queue, not counted twice

        navigate("handoffs");
        Select<QueueFilter.Mode> mode = modeSelect();
        assertThat(mode.getValue()).isEqualTo(QueueFilter.Mode.RECEIVED);
        assertThat(mode.isVisible()).isTrue();
        assertThat(mode.getListDataView().getItems()).containsExactly(QueueFilter.Mode.RECEIVED, QueueFilter.Mode.SENT);
        assertThat(_fetch(queue(), 0, 500)).extracting(row -> row.handoff().getId()).contains(handoff.getId());
    }

    @Test
    void aTelecomCenterOpensOnWhatItReceivedAndAnEmptyQueueSaysSo() {
        login("ttvt.sondong");
        navigate("handoffs");

        _assertNone(Select.class, spec -> spec.withId("handoff-filter-mode")); // one queue: no choice to offer
        assertThat(queue().getEmptyStateText())
                .isEqualTo("Đơn vị bạn không có yêu cầu nhận nào khớp bộ lọc này.");
    }

    @Test
    void anEscalatedHandOffSaysWhichHeadWasToldByTheReceivingUnitsKind() {
        Handoff complaint = fixture.raise("yendung.cskh1", HandoffFixture.draft(fixture.yenDungCustomer(),
                HandoffType.COMPLAINT, HandoffPriority.NORMAL));
        Handoff repair = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        jdbc.update("UPDATE handoff SET escalation_level = 1 WHERE id IN (?, ?)", complaint.getId(), repair.getId());

        login("kehoach");
        navigate("handoff/" + complaint.getId());
        assertThat(escalation()).isEqualTo("Báo Trưởng phòng ĐHNV");
        navigate("handoff/" + repair.getId());
        assertThat(escalation()).isEqualTo("Báo Trưởng TTVT");
    }

    private static String escalation() {
        return _get(Span.class, spec -> spec.withClasses("handoff-escalation")).getText();
    }

    private long receivedBy(long unitId, String state) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND state = ?",
                Long.class, unitId, state);
    }

    @SuppressWarnings("unchecked")
    private static Select<QueueFilter.Mode> modeSelect() {
        return _get(Select.class, spec -> spec.withId("handoff-filter-mode"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<HandoffRow> queue() {
        return _get(Grid.class, spec -> spec.withId("handoff-queue"));
    }
}
