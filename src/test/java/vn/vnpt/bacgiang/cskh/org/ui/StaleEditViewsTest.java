package vn.vnpt.bacgiang.cskh.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.handoff.SlaTarget;

/**
 * Someone else saves a user account or an SLA target while the Admin edits it: the Admin's save is
 * refused with a message that says so, their input stays on the form, and nothing of it is stored.
 * Rolled back: the other person's save is simulated on a demo row.
 */
@Transactional
class StaleEditViewsTest extends KaribuTest {

    private static final String CONFLICT = "Bản ghi vừa được người khác sửa.";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;

    @Test
    void aStaleEditOfAUserAccountIsRefusedWithAClearMessageAndTheInputStays() {
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'yendung.cskh1'", Long.class);
        login("admin");
        navigate("staff/" + id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Họ và tên")), "Người Sửa Sau");

        someoneElseSaves("user_account", id);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(problem()).startsWith(CONFLICT);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Họ và tên")).getValue()).isEqualTo("Người Sửa Sau");
        assertThat(jdbc.queryForObject("SELECT full_name FROM user_account WHERE id = ?", String.class, id))
                .isNotEqualTo("Người Sửa Sau");
    }

    @Test
    void aStaleEditOfAnSlaTargetIsRefusedWithAClearMessageAndTheInputStays() {
        login("admin");
        navigate("sla-targets");
        @SuppressWarnings("unchecked")
        Grid<SlaTarget> grid = _get(Grid.class, spec -> spec.withId("sla-targets"));
        long id = Objects.requireNonNull(GridKt._get(grid, 0).getId());
        _clickItem(grid, 0, 1, false, false, false, false);
        _setValue(_get(IntegerField.class, spec -> spec.withId("sla-resolve")), 2000);

        someoneElseSaves("sla_target", id);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(problem()).startsWith(CONFLICT);
        assertThat(_get(IntegerField.class, spec -> spec.withId("sla-resolve")).getValue()).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT resolve_minutes FROM sla_target WHERE id = ?", Integer.class, id))
                .isNotEqualTo(2000);
    }

    /** Another user's save: the row's version moves on in the database, behind the open form. */
    private void someoneElseSaves(String table, long id) {
        entityManager.flush();
        jdbc.update("UPDATE " + table + " SET version = version + 1 WHERE id = ?", id);
        entityManager.clear();
    }

    private static String problem() {
        return _get(Div.class, spec -> spec.withClasses("editor-problem")).getElement().getTextRecursively();
    }
}
