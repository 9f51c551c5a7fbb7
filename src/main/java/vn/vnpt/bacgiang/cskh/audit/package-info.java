/** The append-only audit trail of every change to a business record, and its browser for Admins. */
@NullMarked
package vn.vnpt.bacgiang.cskh.audit;

import org.jspecify.annotations.NullMarked;
