package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.supervision.EvidenceType;

/** Evidence files on a page: the upload that takes them and the row that shows one, for items and actions alike. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /**
     * An upload of JPEG, PNG or PDF files up to 10 MB, labelled with the button text's key: each file received
     * goes to {@code received} (name, bytes), then the upload's own list is cleared (the page lists the kept ones).
     */
    static Upload upload(Component owner, String buttonKey, BiConsumer<String, byte[]> received) {
        Upload upload = new Upload();
        upload.setUploadHandler(new LimitedUpload((metadata, bytes) -> {
            received.accept(metadata.fileName(), bytes);
            upload.clearFileList();
        }));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.setMaxFileSize((int) EvidenceType.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(owner.getTranslation(buttonKey)));
        upload.addFileRejectedListener(event -> Notifications.error(
                owner.getTranslation("supervision.evidence.rejected", event.getFileName())));
        upload.addClassName("item-upload");
        return upload;
    }

    /**
     * One file: a thumbnail of a photo, its name linking to the file as uploaded, and when and by whom.
     * {@code content} gives the bytes, the preview when asked true.
     */
    static Div row(String fileName, String mediaType, Instant uploadedAt, String uploadedBy,
                   Function<Boolean, byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(false);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), fileName);
        link.setTarget("_blank");
        Div row = new Div();
        row.addClassName("item-file");
        if (mediaType.startsWith("image/")) {
            Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = content.apply(true);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "preview.jpg", "image/jpeg", bytes.length);
            }), fileName);
            thumbnail.addClassName("item-thumbnail");
            row.add(thumbnail);
        }
        Span stamp = new Span(VnFormats.dateTime(uploadedAt) + " · " + uploadedBy);
        stamp.addClassName("item-file-stamp");
        row.add(new Div(link, stamp));
        return row;
    }

    /** The server refuses a larger file itself, before holding it in memory: the browser's check can be bypassed. */
    private static final class LimitedUpload extends InMemoryUploadHandler {

        LimitedUpload(InMemoryUploadCallback saved) {
            super(saved);
        }

        @Override
        public long getFileSizeMax() {
            return EvidenceType.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return EvidenceType.MAX_BYTES + 64 * 1024;
        }
    }
}
