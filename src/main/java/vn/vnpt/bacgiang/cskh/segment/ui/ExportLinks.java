package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import vn.vnpt.bacgiang.cskh.segment.SegmentCriteria;
import vn.vnpt.bacgiang.cskh.segment.SegmentExport;

/** Download links for the segment's members, written straight to the response as they are read. */
class ExportLinks extends Div {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Anchor excel;
    private final Anchor csv;

    /** The language is read now: switching it reloads the page and so builds the links again. */
    ExportLinks(SegmentExport export, Supplier<SegmentCriteria> criteria) {
        addClassName("segment-exports");
        Locale locale = getLocale();
        excel = link("segment-export-xlsx", "segment.export.xlsx", event -> {
            event.setFileName(export.fileName(locale, "xlsx"));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                export.writeXlsx(criteria.get(), locale, out);
            }
        });
        csv = link("segment-export-csv", "segment.export.csv", event -> {
            event.setFileName(export.fileName(locale, "csv"));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                export.writeCsv(criteria.get(), locale, out);
            }
        });
        add(excel, csv);
    }

    /** Invalid criteria have no members to export. */
    void setAvailable(boolean available) {
        excel.setEnabled(available);
        csv.setEnabled(available);
    }

    private Anchor link(String id, String textKey, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(textKey));
        anchor.setId(id);
        anchor.addClassName("segment-export");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }
}
