package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * One revision of a checklist template (bảng kiểm tra giám sát). A saved revision never changes:
 * editing saves revision + 1 under the same code, so an inspection filled against it stays as it was.
 */
@Entity
@Table(name = "checklist_template")
public class ChecklistTemplate extends AuditedEntity {

    private String code = "";
    private int revision;
    private String name = "";
    @Enumerated(EnumType.STRING)
    private ChecklistSubject subject = ChecklistSubject.STORE;
    private String authorName = "";
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "template_id", nullable = false)
    @OrderBy("position")
    private List<ChecklistSection> sections = new ArrayList<>();

    protected ChecklistTemplate() {
    }

    ChecklistTemplate(String code, int revision, String name, ChecklistSubject subject, String authorName) {
        this.code = code;
        this.revision = revision;
        this.name = name.strip();
        this.subject = subject;
        this.authorName = authorName;
    }

    void add(ChecklistSection section) {
        sections.add(section);
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    public ChecklistSubject getSubject() {
        return subject;
    }

    public String getAuthorName() {
        return authorName;
    }

    public List<ChecklistSection> getSections() {
        return List.copyOf(sections);
    }

    /** Loads the sections and items, for use after the transaction that read the revision. */
    ChecklistTemplate loaded() {
        sections.forEach(section -> section.getItems().size());
        return this;
    }

    public Stream<ChecklistItem> items() {
        return sections.stream().flatMap(section -> section.getItems().stream());
    }

    /** The revision as the editor starts from it. */
    public TemplateDraft draft() {
        return new TemplateDraft(code, name, subject, sections.stream()
                .map(section -> new SectionDraft(section.getTitle(),
                        section.getItems().stream().map(ChecklistItem::draft).toList()))
                .toList());
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("revision", revision);
        state.put("name", name);
        state.put("subject", subject.name());
        state.put("sections", sections.size());
        state.put("items", items().count());
        return state;
    }

    @Override
    public String toString() {
        return code + " v" + revision;
    }
}
