/**
 * Printable reports: JasperReports templates in the top-level {@code reports/} folder, compiled once
 * at start-up, filled with the signed-in user's scoped data and exported as PDF with an embedded
 * Unicode font: the roster, and each inspection of {@code supervision} (which offers that download through its
 * own {@code InspectionPdf} interface). No feature depends on this one.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.report;

import org.jspecify.annotations.NullMarked;
