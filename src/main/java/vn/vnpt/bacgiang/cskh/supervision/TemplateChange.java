package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;

/**
 * What changed for one item between two revisions: added, removed, or changed (and which of its
 * properties: {@code text}, {@code type}, {@code weight}, {@code critical}, {@code evidenceOnFail}, {@code section}).
 */
public record TemplateChange(Kind kind, String section, String text, List<String> changed) {

    public enum Kind { ADDED, REMOVED, CHANGED }
}
