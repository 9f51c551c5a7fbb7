package vn.vnpt.bacgiang.cskh.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

class UserActionTest extends KaribuTest {

    @Test
    void aBrokenRuleIsShownInTheUsersLanguageAndTheFormKeepsWhatWasTyped() {
        login("kehoach");
        TextField name = new TextField();
        UI.getCurrent().add(name);
        name.setValue("Khách hàng VIP");

        boolean done = UserAction.run(name, () -> {
            throw new RuleViolation("segment.name.taken", "name", "Khách hàng VIP");
        });

        assertThat(done).isFalse();
        assertThat(name.getValue()).isEqualTo("Khách hàng VIP");
        NotificationsKt.expectNotifications("Bạn đã có một phân loại tên \"Khách hàng VIP\". Hãy chọn tên khác.");
    }

    @Test
    void inEnglishAConflictAndADenialAreExplainedAndOnlyTheConflictRunsItsFollowUp() {
        login("kehoach");
        useEnglish();
        TextField owner = new TextField();
        UI.getCurrent().add(owner);
        StringBuilder followUps = new StringBuilder();

        UserAction.run(owner, () -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
        }, "error.conflict", violation -> false, () -> followUps.append("reloaded"));
        UserAction.run(owner, () -> {
            throw new AccessDeniedException("not theirs");
        }, "error.conflict", violation -> false, () -> followUps.append(" again"));

        assertThat(followUps).hasToString("reloaded");
        NotificationsKt.expectNotifications("Someone else has just changed this record. Your changes were not saved "
                + "and are still in the form; reload the new version and enter them again.",
                "You are not allowed to do this.");
    }

    @Test
    void anActionThatGoesThroughShowsNoRefusal() {
        login("kehoach");
        TextField owner = new TextField();
        UI.getCurrent().add(owner);

        assertThat(UserAction.run(owner, () -> { })).isTrue();
        NotificationsKt.expectNoNotifications();
    }
}
