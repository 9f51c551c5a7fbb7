package vn.vnpt.bacgiang.cskh.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One notification to one user. Only its reading time ever changes, and only by its recipient, so
 * it carries no version and is not audited.
 */
@Entity
@Table(name = "notice")
public class Notice {

    /** Kinds with a label ({@code notice.kind.*}); another kind needs its own label key in the notice bundle. */
    public static final String SLA_WARNING = "SLA_WARNING";
    public static final String ESCALATION = "ESCALATION";
    public static final String HANDOFF = "HANDOFF";
    public static final String CALENDAR = "CALENDAR";
    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String ASSIGNMENT = "ASSIGNMENT";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long recipient;
    private String kind = "";
    private String messageKey = "";
    @Column(name = "args")
    private String argsJson = "[]";
    private @Nullable String link;
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant readAt;

    protected Notice() {
    }

    Notice(long recipient, String kind, String messageKey, List<String> args, @Nullable String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.messageKey = messageKey;
        this.argsJson = JSON.writeValueAsString(args);
        this.link = link;
        this.createdAt = createdAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long recipient() {
        return recipient;
    }

    /** What the notice is about, e.g. {@code SLA_WARNING}, {@code ESCALATION}, {@code HANDOFF}. */
    public String kind() {
        return kind;
    }

    /** The message key, resolved in the reader's language when shown. */
    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return JSON.readValue(argsJson, new TypeReference<List<String>>() { });
    }

    /** The route to open, e.g. {@code handoffs/42}; none when the notice stands alone. */
    public @Nullable String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant readAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
