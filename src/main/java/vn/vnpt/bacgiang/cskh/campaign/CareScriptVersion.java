package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.Auditable;

/** One version of a care script's body: a draft, the approved one, or one a later approval superseded. */
@Entity
@Table(name = "care_script_version")
public class CareScriptVersion implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long scriptId;
    private int number;
    private String body = "";

    @Enumerated(EnumType.STRING)
    private ScriptState state = ScriptState.DRAFT;

    private String createdByName = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable String approvedByName;
    private @Nullable Instant approvedAt;

    @Version
    private long version;
    private Instant updatedAt = Instant.EPOCH;

    protected CareScriptVersion() {
    }

    CareScriptVersion(long scriptId, int number, String body, String createdByName, Instant createdAt) {
        this.scriptId = scriptId;
        this.number = number;
        this.body = body;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    void rewrite(String body) {
        this.body = body;
    }

    void approve(String by, Instant at) {
        state = ScriptState.APPROVED;
        approvedByName = by;
        approvedAt = at;
    }

    void supersede() {
        state = ScriptState.SUPERSEDED;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getScriptId() {
        return scriptId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public ScriptState getState() {
        return state;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getApprovedByName() {
        return approvedByName;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return "CareScriptVersion";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("script", scriptId);
        state.put("number", number);
        state.put("body", body);
        state.put("state", this.state.name());
        state.put("approvedBy", approvedByName == null ? "" : approvedByName);
        return state;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CareScriptVersion version && id != null && id.equals(version.id);
    }

    @Override
    public int hashCode() {
        return CareScriptVersion.class.hashCode();
    }
}
