package vn.vnpt.bacgiang.cskh.org;

import org.jspecify.annotations.Nullable;

/** Narrows the staff list to one unit (and its children) and/or a name or user name fragment. */
public record StaffFilter(@Nullable Long unitId, @Nullable String text) {

    public static StaffFilter all() {
        return new StaffFilter(null, null);
    }
}
