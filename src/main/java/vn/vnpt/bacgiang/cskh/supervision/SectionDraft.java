package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;

/** A section as the editor holds it. */
public record SectionDraft(String title, List<ItemDraft> items) {
}
