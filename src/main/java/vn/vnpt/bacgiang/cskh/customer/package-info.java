/**
 * The customer base of step 1: customers, their subscriptions and complaints, and the derived,
 * explainable indicators (tenure, ARPU and its trend, churn risk) the segment builder filters on.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.customer;

import org.jspecify.annotations.NullMarked;
