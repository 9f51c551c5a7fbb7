/** The segment builder, its live counts and members, and the list of saved segments. */
@NullMarked
package vn.vnpt.bacgiang.cskh.segment.ui;

import org.jspecify.annotations.NullMarked;
