package vn.vnpt.bacgiang.cskh.scorecard;

import java.util.Locale;

/**
 * The scorecard on one printed page; implemented by {@code report} (which depends on this module), so the
 * scorecard's view offers the PDF without depending on the report pipeline (decision 0004).
 */
public interface ScorecardPdf {

    byte[] renderPdf(Locale locale);

    String fileName(Locale locale);
}
