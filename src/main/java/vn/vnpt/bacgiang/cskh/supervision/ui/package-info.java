@NullMarked
package vn.vnpt.bacgiang.cskh.supervision.ui;

import org.jspecify.annotations.NullMarked;
