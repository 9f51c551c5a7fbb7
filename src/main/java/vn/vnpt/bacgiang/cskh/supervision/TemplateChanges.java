package vn.vnpt.bacgiang.cskh.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two revisions of a template item by item, through the item keys they share. */
final class TemplateChanges {

    private TemplateChanges() {
    }

    static List<TemplateChange> between(ChecklistTemplate older, ChecklistTemplate newer) {
        Map<String, Placed> before = placed(older);
        Map<String, Placed> after = placed(newer);
        List<TemplateChange> changes = new ArrayList<>();
        after.forEach((key, now) -> {
            Placed was = before.get(key);
            if (was == null) {
                changes.add(new TemplateChange(TemplateChange.Kind.ADDED, now.section, now.item.getText(), List.of()));
            } else {
                List<String> changed = differences(was, now);
                if (!changed.isEmpty()) {
                    changes.add(new TemplateChange(TemplateChange.Kind.CHANGED, now.section, now.item.getText(),
                            changed));
                }
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                changes.add(new TemplateChange(TemplateChange.Kind.REMOVED, was.section, was.item.getText(), List.of()));
            }
        });
        return changes;
    }

    private static List<String> differences(Placed was, Placed now) {
        List<String> changed = new ArrayList<>();
        ChecklistItem a = was.item;
        ChecklistItem b = now.item;
        if (!a.getText().equals(b.getText())) {
            changed.add("text");
        }
        if (a.getType() != b.getType()) {
            changed.add("type");
        }
        if (a.getWeight() != b.getWeight()) {
            changed.add("weight");
        }
        if (a.isCritical() != b.isCritical()) {
            changed.add("critical");
        }
        if (a.isEvidenceOnFail() != b.isEvidenceOnFail()) {
            changed.add("evidenceOnFail");
        }
        if (!Objects.equals(was.section, now.section)) {
            changed.add("section");
        }
        return changed;
    }

    private static Map<String, Placed> placed(ChecklistTemplate template) {
        Map<String, Placed> items = new LinkedHashMap<>();
        template.getSections().forEach(section -> section.getItems()
                .forEach(item -> items.put(item.getItemKey(), new Placed(section.getTitle(), item))));
        return items;
    }

    private record Placed(String section, ChecklistItem item) {
    }
}
