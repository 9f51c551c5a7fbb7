/** The settlement panel in the step 8 tab of the campaign page. */
@NullMarked
package vn.vnpt.bacgiang.cskh.settlement.ui;

import org.jspecify.annotations.NullMarked;
