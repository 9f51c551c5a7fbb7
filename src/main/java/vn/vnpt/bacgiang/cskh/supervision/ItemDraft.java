package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.Nullable;

/** An item as the editor holds it; {@code key} is null for an item new in this revision. */
public record ItemDraft(@Nullable String key, String text, ItemType type, int weight, boolean critical,
                        boolean evidenceOnFail) {
}
