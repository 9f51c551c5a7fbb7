package vn.vnpt.bacgiang.cskh.supervision;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/** A small JPEG of a photo for display on a phone, so the page never loads a full camera image. */
final class EvidencePreview {

    static final int MAX_SIDE = 800;

    private EvidencePreview() {
    }

    /** The downscaled image; null when the bytes do not decode as an image. */
    static byte @Nullable [] of(byte[] image) {
        return of(image, MAX_SIDE);
    }

    /** The image as a JPEG whose longer side is at most {@code maxSide} pixels; null when it does not decode. */
    static byte @Nullable [] of(byte[] image, int maxSide) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
            if (source == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = scaled.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
            graphics.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(scaled, "jpg", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
