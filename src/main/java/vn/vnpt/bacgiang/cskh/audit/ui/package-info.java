/** The audit trail's browser for Admins. */
@NullMarked
package vn.vnpt.bacgiang.cskh.audit.ui;

import org.jspecify.annotations.NullMarked;
