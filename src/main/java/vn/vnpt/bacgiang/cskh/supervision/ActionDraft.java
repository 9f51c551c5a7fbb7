package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A corrective action as the manager or supervisor writes it: who of the unit, by when, what. */
public record ActionDraft(@Nullable Long ownerId, @Nullable LocalDate dueOn, @Nullable String description) {
}
