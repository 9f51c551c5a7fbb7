package vn.vnpt.bacgiang.cskh.campaign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the plan as last appraised and the plan now: what (quota, budget of a
 * unit, budget total, script), of which unit or script, and the value before and after (null when
 * absent on that side).
 */
public record PlanChange(Kind kind, String subject, @Nullable String before, @Nullable String after) {

    public enum Kind {
        QUOTA, BUDGET_UNIT, BUDGET_TOTAL, SCRIPT
    }

    public String labelKey() {
        return "campaign.appraisal.change." + kind.name();
    }

    /** The differences from the earlier snapshot to the later one: quotas, then budget per unit, total, scripts. */
    public static List<PlanChange> between(PlanSnapshot earlier, PlanSnapshot later) {
        List<PlanChange> changes = new ArrayList<>();
        compare(Kind.QUOTA, earlier.quotas(), later.quotas(), changes);
        compare(Kind.BUDGET_UNIT, earlier.budgetPerUnit(), later.budgetPerUnit(), changes);
        if (earlier.budgetTotal() != later.budgetTotal()) {
            changes.add(new PlanChange(Kind.BUDGET_TOTAL, "", String.valueOf(earlier.budgetTotal()),
                    String.valueOf(later.budgetTotal())));
        }
        Set<String> titles = new LinkedHashSet<>(earlier.scripts().keySet());
        titles.addAll(later.scripts().keySet());
        for (String title : titles) {
            PlanSnapshot.ScriptVersion before = earlier.scripts().get(title);
            PlanSnapshot.ScriptVersion after = later.scripts().get(title);
            if (!Objects.equals(before, after)) {
                changes.add(new PlanChange(Kind.SCRIPT, title, before == null ? null : "v" + before.number(),
                        after == null ? null : "v" + after.number()));
            }
        }
        return changes;
    }

    private static void compare(Kind kind, Map<String, Long> earlier, Map<String, Long> later,
                                List<PlanChange> changes) {
        Set<String> keys = new LinkedHashSet<>(earlier.keySet());
        keys.addAll(later.keySet());
        for (String key : keys) {
            Long before = earlier.get(key);
            Long after = later.get(key);
            if (!Objects.equals(before, after)) {
                changes.add(new PlanChange(kind, key, before == null ? null : String.valueOf(before),
                        after == null ? null : String.valueOf(after)));
            }
        }
    }
}
