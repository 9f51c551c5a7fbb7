package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One question of a template revision; never changed once saved (a change is a new revision). */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private int position;
    private String itemKey = "";
    private String text = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private ItemType type = ItemType.YES_NO_NA;
    private int weight = 1;
    private boolean critical;
    private boolean evidenceOnFail;

    protected ChecklistItem() {
    }

    ChecklistItem(int position, String itemKey, ItemDraft draft) {
        this.position = position;
        this.itemKey = itemKey;
        this.text = draft.text().strip();
        this.type = draft.type();
        this.weight = draft.type().scored() ? draft.weight() : 1;
        this.critical = draft.type().scored() && draft.critical();
        this.evidenceOnFail = draft.type().scored() && draft.evidenceOnFail();
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getText() {
        return text;
    }

    public ItemType getType() {
        return type;
    }

    public int getWeight() {
        return weight;
    }

    /** A knock-out: failing it fails the inspection whatever the score. */
    public boolean isCritical() {
        return critical;
    }

    /** Failing it needs a photo or file and a comment before the inspection can be submitted. */
    public boolean isEvidenceOnFail() {
        return evidenceOnFail;
    }

    ItemDraft draft() {
        return new ItemDraft(itemKey, text, type, weight, critical, evidenceOnFail);
    }
}
