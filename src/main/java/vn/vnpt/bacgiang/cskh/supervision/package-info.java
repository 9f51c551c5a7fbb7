/**
 * Step 7 supervision (kiểm tra, giám sát): checklist templates kept in revisions, and inspections of a
 * unit's care work filled against one revision, answer by answer as a draft, with a weighted running
 * score, knock-out items and evidence, then submitted.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.NullMarked;
