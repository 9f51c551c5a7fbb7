package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A titled group of items of a template revision. */
@Entity
@Table(name = "checklist_section")
public class ChecklistSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private int position;
    private String title = "";
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "section_id", nullable = false)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    protected ChecklistSection() {
    }

    ChecklistSection(int position, String title) {
        this.position = position;
        this.title = title.strip();
    }

    void add(ChecklistItem item) {
        items.add(item);
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getTitle() {
        return title;
    }

    public List<ChecklistItem> getItems() {
        return List.copyOf(items);
    }
}
