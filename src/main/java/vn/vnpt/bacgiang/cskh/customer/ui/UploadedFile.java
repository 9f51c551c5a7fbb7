package vn.vnpt.bacgiang.cskh.customer.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An uploaded file kept in a temporary file while the user checks and imports it. */
record UploadedFile(String name, Path path) {

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
