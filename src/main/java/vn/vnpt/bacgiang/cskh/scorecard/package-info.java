/**
 * The coordination scorecard (decision 0028): per executing unit and per TTVT, the figures that show weak
 * coordination, coloured against thresholds an Admin sets and compared with the previous period read from
 * daily snapshots; exported to Excel here and to PDF through {@code report}'s {@link ScorecardPdf}.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.scorecard;

import org.jspecify.annotations.NullMarked;
