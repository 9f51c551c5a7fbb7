/** The Admin's view of the working calendar: opening hours per weekday and the holidays per year. */
@NullMarked
package vn.vnpt.bacgiang.cskh.sla.ui;

import org.jspecify.annotations.NullMarked;
