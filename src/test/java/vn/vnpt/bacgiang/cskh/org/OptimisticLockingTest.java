package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.vnpt.bacgiang.cskh.DemoRows;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.handoff.SlaTarget;
import vn.vnpt.bacgiang.cskh.handoff.SlaTargetService;

/**
 * The second of two edits made on the same version of a unit, a user account or an SLA target is
 * refused and the first is kept. Each edit commits, so the demo rows are put back afterwards.
 */
class OptimisticLockingTest extends PortalTest {

    private static final long YEN_DUNG_STORE = 190;
    private static final String YEN_DUNG_CSKH1 = "yendung.cskh1";

    @Autowired
    private UnitService units;
    @Autowired
    private UnitRepository repository;
    @Autowired
    private StaffService staff;
    @Autowired
    private SlaTargetService slaTargets;
    @Autowired
    private JdbcTemplate jdbc;

    private Map<String, Object> accountBefore;
    private Map<String, Object> slaBefore;
    private List<DemoRows> demoRows;

    @BeforeEach
    void rememberTheDemoRows() {
        accountBefore = jdbc.queryForMap("SELECT * FROM user_account WHERE username = ?", YEN_DUNG_CSKH1);
        slaBefore = jdbc.queryForMap("SELECT * FROM sla_target ORDER BY id LIMIT 1");
        demoRows = List.of(DemoRows.remember(jdbc, "unit", "id = ?", YEN_DUNG_STORE),
                DemoRows.remember(jdbc, "user_account", "id = ?", accountBefore.get("id")),
                DemoRows.remember(jdbc, "sla_target", "id = ?", slaBefore.get("id")));
    }

    @AfterEach
    void putTheDemoRowsBack() {
        demoRows.forEach(DemoRows::restore);
    }

    @Test
    void theSecondOfTwoConcurrentEditsOfAUnitIsRefusedAndTheFirstIsKept() {
        signIn("admin");
        Unit first = units.get(YEN_DUNG_STORE);
        Unit second = units.get(YEN_DUNG_STORE);

        first.setPhone("0204 3868 001");
        units.save(first);
        second.setPhone("0204 3868 999");

        assertThatThrownBy(() -> units.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Unit stored = repository.findById(YEN_DUNG_STORE).orElseThrow();
        assertThat(stored.getPhone()).isEqualTo("0204 3868 001");
        assertThat(stored.getVersion()).isEqualTo(second.getVersion() + 1);
    }

    @Test
    void aStaleEditOfAUserAccountIsRefusedAndTheFirstIsKept() {
        signIn("admin");
        long id = ((Number) accountBefore.get("id")).longValue();
        UserAccount first = staff.get(id);
        UserAccount second = staff.get(id);

        first.setFullName("Lý Thị Sửa Trước");
        staff.save(first, null);
        second.setFullName("Lý Thị Sửa Sau");

        assertThatThrownBy(() -> staff.save(second, null)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForMap("SELECT full_name, version FROM user_account WHERE id = ?", id))
                .containsEntry("full_name", "Lý Thị Sửa Trước")
                .containsEntry("version", ((Number) accountBefore.get("version")).longValue() + 1);
    }

    @Test
    void aStaleEditOfAnSlaTargetIsRefusedAndTheFirstIsKept() {
        signIn("admin");
        SlaTarget read = slaTargets.all().stream()
                .filter(target -> target.getId().equals(((Number) slaBefore.get("id")).longValue())).findFirst()
                .orElseThrow();
        long readVersion = read.getVersion();
        SlaTarget first = read.copy();
        first.setResolveMinutes(read.getResolveMinutes() + 60);
        SlaTarget second = read.copy();
        second.setResolveMinutes(read.getResolveMinutes() + 120);

        slaTargets.save(read.getId(), readVersion, first);

        assertThatThrownBy(() -> slaTargets.save(read.getId(), readVersion, second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("SELECT resolve_minutes FROM sla_target WHERE id = ?", Integer.class,
                read.getId())).isEqualTo(read.getResolveMinutes() + 60);
    }

}
