/**
 * Step 1's segment builder: criteria combined with AND and OR, counted live per district and unit
 * within the user's scope, browsed and exported page by page, and saved with their count.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.segment;

import org.jspecify.annotations.NullMarked;
