/**
 * The organisation of VNPT Bắc Giang: units (with a materialised path so unit scope is one
 * {@code LIKE}), the users who work in them, and the staff roster.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.org;

import org.jspecify.annotations.NullMarked;
