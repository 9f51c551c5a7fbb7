package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.campaign.PlanChange.Kind;

class PlanChangeTest {

    @Test
    void anUnchangedPlanHasNoChanges() {
        PlanSnapshot plan = plan(Map.of("PBH Lục Nam", 40L), 1_500_000, Map.of("Chúc mừng", version(7, 1)));
        assertThat(PlanChange.between(plan, plan)).isEmpty();
    }

    @Test
    void changedQuotasBudgetsAndScriptVersionsAreListedBeforeAndAfter() {
        PlanSnapshot before = plan(Map.of("PBH Lục Nam", 40L, "PBH Sơn Động", 10L), 1_500_000,
                Map.of("Chúc mừng", version(7, 1)));
        PlanSnapshot after = plan(Map.of("PBH Lục Nam", 30L, "PBH Yên Thế", 5L), 2_000_000,
                Map.of("Chúc mừng", version(9, 2)));

        List<PlanChange> changes = PlanChange.between(before, after);

        assertThat(changes).contains(
                new PlanChange(Kind.QUOTA, "PBH Lục Nam", "40", "30"),
                new PlanChange(Kind.QUOTA, "PBH Sơn Động", "10", null),
                new PlanChange(Kind.QUOTA, "PBH Yên Thế", null, "5"),
                new PlanChange(Kind.BUDGET_UNIT, "", "1500000", "2000000"),
                new PlanChange(Kind.BUDGET_TOTAL, "", "1500000", "2000000"),
                new PlanChange(Kind.SCRIPT, "Chúc mừng", "v1", "v2"));
        assertThat(changes).hasSize(6);
    }

    private static PlanSnapshot plan(Map<String, Long> quotas, long budget, Map<String, PlanSnapshot.ScriptVersion> scripts) {
        return new PlanSnapshot(quotas, Map.of("", budget), budget,
                List.of(new PlanSnapshot.Line("", "GIFT", "Quà", budget)), scripts);
    }

    private static PlanSnapshot.ScriptVersion version(long id, int number) {
        return new PlanSnapshot.ScriptVersion(id, number);
    }
}
