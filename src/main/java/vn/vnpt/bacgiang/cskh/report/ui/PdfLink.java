package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A button-like link that downloads a PDF made when it is clicked. The handler runs outside the UI's lock, so
 * whatever it needs from the page is passed in as values when the link is built or changed.
 */
final class PdfLink {

    private PdfLink() {
    }

    static Anchor of(String id, String text, Supplier<byte[]> pdf, Supplier<String> fileName) {
        Anchor anchor = new Anchor(handler(pdf, fileName), AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.addClassName("pdf-link");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        return anchor;
    }

    static DownloadHandler handler(Supplier<byte[]> pdf, Supplier<String> fileName) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), "application/pdf",
                    bytes.length);
        });
    }
}
