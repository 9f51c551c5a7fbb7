/**
 * Care campaigns (chương trình CSKH) and their life cycle through the eight steps: the states, the
 * guarded transitions between them, each step's deadline, and what waits on whom.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.campaign;

import org.jspecify.annotations.NullMarked;
