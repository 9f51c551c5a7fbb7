/** The care worklist with its contact form, the sales manager's assignment view and the progress view. */
@NullMarked
package vn.vnpt.bacgiang.cskh.execution.ui;

import org.jspecify.annotations.NullMarked;
