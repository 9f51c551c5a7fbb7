/** The customer base's views. */
@NullMarked
package vn.vnpt.bacgiang.cskh.customer.ui;

import org.jspecify.annotations.NullMarked;
