package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.Nullable;

/**
 * How large a callback sample to draw: a number of contacts or a percentage of the unit's contacts
 * (exactly one of the two), and whether staff with an unusual success rate weigh more.
 */
public record SampleRequest(@Nullable Integer size, @Nullable Integer percent, boolean weighted) {

    public static final int MAX_SIZE = 500;
}
