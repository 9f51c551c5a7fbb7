package vn.vnpt.bacgiang.cskh.sla;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A time the SLA clock stood still, e.g. waiting for the customer; {@code to == null} while still paused. */
public record Pause(Instant from, @Nullable Instant to) {

    public boolean isOpen() {
        return to == null;
    }
}
