/**
 * Printable reports: JasperReports templates in the top-level {@code reports/} folder, compiled once
 * at start-up, filled with the signed-in user's scoped data and exported as PDF with an embedded
 * Unicode font: the roster, each inspection of {@code supervision} (which offers that download through its
 * own {@code InspectionPdf} interface), the scorecard, the campaigns of a period, and step 8's evaluation report
 * of a campaign (offered in the campaign's step 8 tab through {@code campaign.CampaignStepSection}; its issued copies
 * also on the Reports page). No feature depends on this one.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.report;

import org.jspecify.annotations.NullMarked;
