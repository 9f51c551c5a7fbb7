package vn.vnpt.bacgiang.cskh.segment;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.org.District;

/** A saved segment (phân loại khách hàng): its criteria, owner, and how many customers it held when saved. */
@Entity
@Table(name = "segment")
public class Segment extends AuditedEntity {

    @NotBlank
    @Size(max = 120)
    private String name = "";

    @Size(max = 500)
    private @Nullable String description;

    private long ownerId;
    private String ownerName = "";

    @Convert(converter = SegmentJson.CriteriaConverter.class)
    private SegmentCriteria criteria = SegmentCriteria.everyone();

    private long memberCount;

    @Convert(converter = SegmentJson.DistrictCountsConverter.class)
    private Map<District, Long> districtCounts = new EnumMap<>(District.class);

    private Instant savedAt = Instant.EPOCH;

    void ownedBy(long userId, String userName) {
        this.ownerId = userId;
        this.ownerName = userName;
    }

    /** What the criteria counted in the saver's scope at the moment of saving. */
    void counted(SegmentCount count, Instant at) {
        memberCount = count.total();
        districtCounts = new EnumMap<>(District.class);
        count.districts().forEach(district -> districtCounts.put(district.district(), district.count()));
        savedAt = at;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public SegmentCriteria getCriteria() {
        return criteria;
    }

    public void setCriteria(SegmentCriteria criteria) {
        this.criteria = criteria;
    }

    public long getMemberCount() {
        return memberCount;
    }

    public Map<District, Long> getDistrictCounts() {
        return Collections.unmodifiableMap(districtCounts);
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("description", description == null ? "" : description);
        state.put("owner", ownerName);
        state.put("criteria", SegmentJson.write(criteria));
        state.put("memberCount", memberCount);
        return state;
    }

    @Override
    public String toString() {
        return name;
    }
}
