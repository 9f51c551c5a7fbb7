/** The home dashboard: one per role, filled by the features as they land. */
@NullMarked
package vn.vnpt.bacgiang.cskh.dashboard;

import org.jspecify.annotations.NullMarked;
