package vn.vnpt.bacgiang.cskh.org;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit of the staff roster.
 *
 * @param depth        0 for the top unit of the roster, 1 for its children...
 * @param managerNames users of the unit who lead it (Director, sales department manager)
 * @param headCount    active accounts of the unit itself, not of its children
 */
public record RosterLine(String unitCode, String unitName, UnitKind kind, @Nullable District district, int depth,
                         List<String> managerNames, int headCount) {
}
