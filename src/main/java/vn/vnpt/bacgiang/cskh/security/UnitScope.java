package vn.vnpt.bacgiang.cskh.security;

/**
 * The units a user may see: all of them, their own unit and everything below it, or their own unit
 * only. Units carry a materialised path ({@code /1/2/11/}), so a scope is one {@code LIKE} pattern
 * that every scoped query applies: {@code unit.path LIKE :scope}.
 */
public record UnitScope(ScopeLevel level, long unitId, String unitPath) {

    public String pathPattern() {
        return switch (level) {
            case ALL -> "/%";
            case UNIT_AND_BELOW -> unitPath + "%";
            case OWN_UNIT -> unitPath;
        };
    }

    public boolean covers(String otherUnitPath) {
        return switch (level) {
            case ALL -> true;
            case UNIT_AND_BELOW -> otherUnitPath.startsWith(unitPath);
            case OWN_UNIT -> otherUnitPath.equals(unitPath);
        };
    }

    public boolean isAll() {
        return level == ScopeLevel.ALL;
    }
}
