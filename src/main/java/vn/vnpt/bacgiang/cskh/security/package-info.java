/**
 * Sign-in, roles and unit scope. Services elsewhere ask {@link vn.vnpt.bacgiang.cskh.security.CurrentUser}
 * for the user's {@link vn.vnpt.bacgiang.cskh.security.UnitScope} and apply it to every query.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.security;

import org.jspecify.annotations.NullMarked;
