/** The hand-off queue, a hand-off's page with its thread, the raise form and the SLA targets. */
@NullMarked
package vn.vnpt.bacgiang.cskh.handoff.ui;

import org.jspecify.annotations.NullMarked;
