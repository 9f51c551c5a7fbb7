package vn.vnpt.bacgiang.cskh.supervision;

import java.util.Locale;

/**
 * The inspection as a PDF to print or file, in the reader's language. Implemented by the {@code report}
 * module, which fills its JasperReports template from {@link PrintoutService#printout}, so this module
 * offers the download without depending on {@code report}.
 */
public interface InspectionPdf {

    byte[] render(long inspectionId, Locale locale);

    /** The download's file name, with its diacritics. */
    String fileName(long inspectionId, Locale locale);
}
