package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A template as the editor holds it: saved as the next revision of {@code code}, or as a new template when null. */
public record TemplateDraft(@Nullable String code, String name, @Nullable ChecklistSubject subject,
                            List<SectionDraft> sections) {
}
