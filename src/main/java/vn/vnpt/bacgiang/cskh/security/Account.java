package vn.vnpt.bacgiang.cskh.security;

import java.util.Set;

/** What authentication needs to know of a user account; provided by the organisation through {@link AccountLookup}. */
public record Account(long id, String username, String passwordHash, String fullName, long unitId, String unitName,
                      String unitPath, Set<Role> roles, boolean enabled, boolean mustChangePassword) {
}
