/** The campaign board, its list view for keyboard users, and the campaign page. */
@NullMarked
package vn.vnpt.bacgiang.cskh.campaign.ui;

import org.jspecify.annotations.NullMarked;
