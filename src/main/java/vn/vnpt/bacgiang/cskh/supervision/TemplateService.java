package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Checklist templates and their revisions. Saving never changes a revision: it writes the next one
 * under the same code (or revision 1 of a new code), so inspections keep the revision they were
 * filled with (decision 0019).
 */
@Service
@PreAuthorize(Permissions.HAS_CHECKLIST_EDIT)
@Transactional(readOnly = true)
public class TemplateService {

    static final int MAX_WEIGHT = 10;

    private final ChecklistTemplateRepository templates;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    TemplateService(ChecklistTemplateRepository templates, CurrentUser currentUser, AuditTrail audit) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The newest revision of every template, by name. */
    public List<ChecklistTemplate> current() {
        return templates.findCurrent().stream().map(ChecklistTemplate::loaded).toList();
    }

    /** Every revision of a template, newest first. */
    public List<ChecklistTemplate> revisions(String code) {
        return templates.findByCodeOrderByRevisionDesc(code).stream().map(ChecklistTemplate::loaded).toList();
    }

    public ChecklistTemplate get(long id) {
        return templates.findById(id).map(ChecklistTemplate::loaded)
                .orElseThrow(() -> new RecordNotFound("supervision.template.notfound", id));
    }

    /** What changed from one revision to another of the same template. */
    public List<TemplateChange> changes(long olderId, long newerId) {
        return TemplateChanges.between(get(olderId), get(newerId));
    }

    /**
     * Saves the draft as the next revision; {@code basedOnRevision} is the revision the editor started from,
     * so that two editors saving at once do not silently replace each other's revision.
     */
    @Transactional
    public ChecklistTemplate save(TemplateDraft draft, int basedOnRevision) {
        validate(draft);
        String code = draft.code() != null ? draft.code() : "TPL-" + shortKey();
        int latest = templates.findFirstByCodeOrderByRevisionDesc(code).map(ChecklistTemplate::getRevision).orElse(0);
        if (latest != basedOnRevision) {
            throw new RuleViolation("supervision.template.stale", null, latest);
        }
        ChecklistTemplate template = new ChecklistTemplate(code, latest + 1, draft.name(),
                Objects.requireNonNull(draft.subject()), currentUser.require().displayName());
        for (int s = 0; s < draft.sections().size(); s++) {
            SectionDraft sectionDraft = draft.sections().get(s);
            ChecklistSection section = new ChecklistSection(s, sectionDraft.title());
            for (int i = 0; i < sectionDraft.items().size(); i++) {
                ItemDraft item = sectionDraft.items().get(i);
                section.add(new ChecklistItem(i, item.key() != null ? item.key() : shortKey(), item));
            }
            template.add(section);
        }
        templates.saveAndFlush(template);
        audit.created(template, "Lưu bảng kiểm tra " + template.getName() + " phiên bản " + template.getRevision());
        return template;
    }

    static void validate(TemplateDraft draft) {
        if (draft.name().isBlank()) {
            throw new RuleViolation("supervision.template.name.required", "name");
        }
        if (draft.subject() == null) {
            throw new RuleViolation("supervision.template.subject.required", "subject");
        }
        if (draft.sections().isEmpty()) {
            throw new RuleViolation("supervision.template.sections.required", "sections");
        }
        for (int s = 0; s < draft.sections().size(); s++) {
            SectionDraft section = draft.sections().get(s);
            if (section.title().isBlank()) {
                throw new RuleViolation("supervision.template.section.title.required", "sections[" + s + "].title");
            }
            if (section.items().isEmpty()) {
                throw new RuleViolation("supervision.template.section.items.required", "sections[" + s + "].items",
                        section.title());
            }
            for (int i = 0; i < section.items().size(); i++) {
                ItemDraft item = section.items().get(i);
                String field = "sections[" + s + "].items[" + i + "]";
                if (item.text().isBlank()) {
                    throw new RuleViolation("supervision.template.item.text.required", field + ".text");
                }
                if (item.type().scored() && (item.weight() <= 0 || item.weight() > MAX_WEIGHT)) {
                    throw new RuleViolation("supervision.template.item.weight.range", field + ".weight", MAX_WEIGHT);
                }
            }
        }
    }

    private static String shortKey() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
