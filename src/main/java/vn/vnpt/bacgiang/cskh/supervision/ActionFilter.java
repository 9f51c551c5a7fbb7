package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.Nullable;

/** Narrows the corrective actions list: a state, only overdue ones, a unit; null or false for all. */
public record ActionFilter(@Nullable ActionState state, boolean overdueOnly, @Nullable Long unitId) {

    public static ActionFilter none() {
        return new ActionFilter(null, false, null);
    }
}
