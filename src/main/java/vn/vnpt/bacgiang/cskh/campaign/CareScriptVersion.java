package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** One version of a care script's body: a draft, the approved one, or one a later approval superseded. */
@Entity
@Table(name = "care_script_version")
public class CareScriptVersion extends AuditedEntity {
    /** The longest script body. */
    public static final int BODY_MAX = 4000;


    private long scriptId;
    private int number;
    private String body = "";

    @Enumerated(EnumType.STRING)
    private ScriptState state = ScriptState.DRAFT;

    private String createdByName = "";
    private @Nullable String approvedByName;
    private @Nullable Instant approvedAt;

    protected CareScriptVersion() {
    }

    CareScriptVersion(long scriptId, int number, String body, String createdByName, Instant createdAt) {
        super(createdAt);
        this.scriptId = scriptId;
        this.number = number;
        this.body = body;
        this.createdByName = createdByName;
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

    public @Nullable String getApprovedByName() {
        return approvedByName;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
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
}
