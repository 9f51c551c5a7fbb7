/** The signed-in user's notifications and the unread count beside their menu entry. */
@NullMarked
package vn.vnpt.bacgiang.cskh.notice.ui;

import org.jspecify.annotations.NullMarked;
