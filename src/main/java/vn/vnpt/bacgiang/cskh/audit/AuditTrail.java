package vn.vnpt.bacgiang.cskh.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Writes an entry for every change of a business record, inside the caller's transaction, so a
 * change and its entry are saved together or not at all. Reading the trail is for Admins.
 */
@Service
public class AuditTrail {

    /** The actor recorded for changes made by the portal itself (migrations, start-up). */
    public static final String SYSTEM = "system";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(Auditable record, String summary) {
        write(record, AuditAction.CREATE, summary, null, record.auditState());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(Auditable record, Map<String, Object> before, String summary) {
        write(record, AuditAction.UPDATE, summary, before, record.auditState());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void stateChanged(Auditable record, Map<String, Object> before, String summary) {
        write(record, AuditAction.STATE_CHANGE, summary, before, record.auditState());
    }

    /** Records that the record was deleted, with what it held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(Auditable record, String summary) {
        write(record, AuditAction.DELETE, summary, record.auditState(), Map.of());
    }

    /**
     * Records that personal data left the portal (an export of what the record describes), in a
     * transaction of its own: the export only reads, and is recorded even when it fails half-way.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(Auditable record, String summary) {
        write(record, AuditAction.EXPORT, summary, null, record.auditState());
    }

    @PreAuthorize(Permissions.HAS_AUDIT_READ)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int page, int pageSize) {
        return entries.search(blankToNull(filter.entityType()), blankToNull(filter.entityId()),
                blankToNull(filter.actor()), filter.action(),
                filter.from() == null ? null : startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)),
                PageRequest.of(page, pageSize));
    }

    /** How many entries {@link #search} finds with the filter (the Admin's dashboard counts and links to them). */
    @PreAuthorize(Permissions.HAS_AUDIT_READ)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(blankToNull(filter.entityType()), blankToNull(filter.entityId()),
                blankToNull(filter.actor()), filter.action(),
                filter.from() == null ? null : startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)));
    }

    @PreAuthorize(Permissions.HAS_AUDIT_READ)
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return entries.entityTypes();
    }

    private void write(Auditable record, AuditAction action, String summary,
                       @Nullable Map<String, Object> before, Map<String, Object> after) {
        PortalUser actor = currentUser.find().orElse(null);
        entries.save(new AuditEntry(clock.instant(), actor == null ? SYSTEM : actor.getUsername(),
                actor == null ? null : actor.unitId(), actor == null ? null : actor.unitName(),
                record.auditType(), record.auditId(), action, abbreviate(summary),
                before == null ? null : json.writeValueAsString(before), json.writeValueAsString(after)));
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(VIETNAM).toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 500 ? summary : summary.substring(0, 497) + "...";
    }
}
