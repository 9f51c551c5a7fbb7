package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rolls the members counted per managing unit up to the executing units of step 6: a store's
 * customers belong to the district sales department above it (its path is a prefix of the
 * store's), and customers managed by no district department (enterprises at PBH DN, or the
 * centre itself) go to PBH DN.
 */
final class ShareSplit {

    /** An executing unit: a district sales department or PBH DN. */
    record ExecutingUnit(long id, String name, String path, boolean enterprise) {
    }

    /** The members one managing unit holds. */
    record ManagedCount(String unitPath, long members) {
    }

    private ShareSplit() {
    }

    /** Members per executing unit, in the order of the executing units given. */
    static Map<ExecutingUnit, Long> rollUp(List<ManagedCount> counts, List<ExecutingUnit> executing) {
        ExecutingUnit enterprise = executing.stream().filter(ExecutingUnit::enterprise).findFirst()
                .orElseThrow(() -> new IllegalStateException("No enterprise sales department"));
        Map<ExecutingUnit, Long> shares = new LinkedHashMap<>();
        for (ManagedCount count : counts) {
            ExecutingUnit unit = owner(count.unitPath(), executing).orElse(enterprise);
            shares.merge(unit, count.members(), Long::sum);
        }
        return shares;
    }

    private static Optional<ExecutingUnit> owner(@Nullable String path, List<ExecutingUnit> executing) {
        if (path == null) {
            return Optional.empty();
        }
        return executing.stream().filter(unit -> path.startsWith(unit.path()))
                .max(Comparator.comparingInt(unit -> unit.path().length()));
    }
}
