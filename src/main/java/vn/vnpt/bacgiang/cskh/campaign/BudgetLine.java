package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** One line of a campaign's budget in VND: for one executing unit, or for the centre when the unit is empty. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends AuditedEntity {

    private long campaignId;
    private @Nullable Long unitId;
    private @Nullable String unitName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private @Nullable BudgetCategory category = BudgetCategory.GIFT;

    @NotBlank
    @Size(max = 200)
    private String description = "";

    @NotNull
    @Positive
    private @Nullable Long quantity = 1L;

    @NotNull
    @Positive
    private @Nullable Long unitPrice;

    private long amount;

    public BudgetLine() {
    }

    public BudgetLine(long campaignId) {
        this.campaignId = campaignId;
    }

    /** A copy for editing in the UI, detached from the persistence context. */
    public BudgetLine copy() {
        BudgetLine copy = new BudgetLine(campaignId);
        copy.unitId = unitId;
        copy.unitName = unitName;
        copy.category = category;
        copy.description = description;
        copy.quantity = quantity;
        copy.unitPrice = unitPrice;
        copy.amount = amount;
        copyIdentityTo(copy);
        return copy;
    }

    void unit(@Nullable Long id, @Nullable String name) {
        this.unitId = id;
        this.unitName = name;
    }

    void amount(long amount) {
        this.amount = amount;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    /** Chooses the unit by id (empty: the centre); the service checks it and fills in its name. */
    public void setUnitId(@Nullable Long unitId) {
        this.unitId = unitId;
    }

    public @Nullable String getUnitName() {
        return unitName;
    }

    public @Nullable BudgetCategory getCategory() {
        return category;
    }

    public void setCategory(@Nullable BudgetCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable Long getQuantity() {
        return quantity;
    }

    public void setQuantity(@Nullable Long quantity) {
        this.quantity = quantity;
    }

    public @Nullable Long getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(@Nullable Long unitPrice) {
        this.unitPrice = unitPrice;
    }

    public long getAmount() {
        return amount;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaign", campaignId);
        state.put("unit", unitName == null ? "" : unitName);
        state.put("category", category == null ? "" : category.name());
        state.put("description", description);
        state.put("quantity", String.valueOf(quantity));
        state.put("unitPrice", String.valueOf(unitPrice));
        state.put("amount", amount);
        return state;
    }

    @Override
    public String toString() {
        return description;
    }
}
