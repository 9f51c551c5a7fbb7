package vn.vnpt.bacgiang.cskh.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.security.Role;

/** Rolled back after each test, so the notices sent here never reach other tests. Yên Dũng's users receive them. */
@Transactional
class NoticeServiceTest extends PortalTest {

    private static final long YENDUNG_CSKH1 = 41;
    private static final long TTVT_YENDUNG = 42;
    private static final long TTVT_YENDUNG_UNIT = 39;

    @Autowired
    private NoticeService notices;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aNoticeSentWithoutASignedInUserReachesItsRecipientOnly() throws Exception {
        notices.send(TTVT_YENDUNG, "HANDOFF", "notice.test.message", List.of("YC-1", "Neo"), "handoffs/1");

        List<Notice> received = as("ttvt.yendung", () -> notices.latest(10));
        assertThat(received.getFirst().messageKey()).isEqualTo("notice.test.message");
        assertThat(received.getFirst().args()).containsExactly("YC-1", "Neo");
        assertThat(received.getFirst().link()).isEqualTo("handoffs/1");
        assertThat(received.getFirst().isUnread()).isTrue();
        assertThat(as("yendung.cskh1", () -> notices.latest(50)))
                .noneMatch(notice -> notice.id() == received.getFirst().id());
    }

    @Test
    void aNoticeToARoleReachesEveryActiveHolderInThatUnit() throws Exception {
        jdbc.update("""
                INSERT INTO user_account (id, username, password_hash, full_name, unit_id, enabled)
                VALUES (9041, 'ttvt.yendung.nghi', 'x', 'Nhân viên đã nghỉ', ?, FALSE)""", TTVT_YENDUNG_UNIT);
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (9041, 'TTVT_STAFF')");

        notices.sendToRole(TTVT_YENDUNG_UNIT, Role.TTVT_STAFF, "ESCALATION", "notice.test.message", List.of(), null);

        assertThat(jdbc.queryForList("SELECT recipient FROM notice WHERE kind = 'ESCALATION' AND message_key = 'notice.test.message'",
                Long.class)).containsExactly(TTVT_YENDUNG);
    }

    @Test
    void markingReadLowersTheUnreadCountAndMarkAllReadClearsIt() throws Exception {
        signIn("ttvt.yendung");
        notices.markAllRead();
        notices.send(TTVT_YENDUNG, "HANDOFF", "notice.test.message", List.of(), null);
        notices.send(TTVT_YENDUNG, "HANDOFF", "notice.test.message", List.of(), null);
        assertThat(notices.unreadCount()).isEqualTo(2);

        notices.markRead(notices.latest(1).getFirst().id());
        assertThat(notices.unreadCount()).isEqualTo(1);
        assertThat(notices.latest(2)).extracting(Notice::isUnread).containsExactly(false, true);

        notices.markAllRead();
        assertThat(notices.unreadCount()).isZero();
    }

    @Test
    void nobodyMarksAnotherUsersNoticeRead() throws Exception {
        notices.send(YENDUNG_CSKH1, "HANDOFF", "notice.test.message", List.of(), null);
        long theirs = as("yendung.cskh1", () -> notices.latest(1).getFirst().id());

        signIn("ttvt.yendung");
        assertThatThrownBy(() -> notices.markRead(theirs)).isInstanceOf(RecordNotFound.class);
        notices.markAllRead();

        assertThat(as("yendung.cskh1", () -> notices.latest(1).getFirst().isUnread())).isTrue();
    }
}
