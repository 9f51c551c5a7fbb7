package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.vnpt.bacgiang.cskh.PortalTest;

class OptimisticLockingTest extends PortalTest {

    private static final long YEN_DUNG_STORE = 190;

    @Autowired
    private UnitService units;
    @Autowired
    private UnitRepository repository;

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
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
}
