package vn.vnpt.bacgiang.cskh.segment;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Saved segments. Planners, the Director and Admins see every segment; a sales manager sees and
 * changes only the segments they own. Saving recounts the criteria in the saver's scope.
 */
@Service
@PreAuthorize(Permissions.HAS_SEGMENT_BUILD)
@Transactional(readOnly = true)
public class SegmentService {

    private final SegmentRepository segments;
    private final SegmentQuery query;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    SegmentService(SegmentRepository segments, SegmentQuery query, CurrentUser currentUser, AuditTrail audit,
                   Validator validator, Clock clock) {
        this.segments = segments;
        this.query = query;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Whether the user may save segments: the Director reads and segments but does not save. */
    public boolean canSave() {
        return currentUser.require().can(Permission.SEGMENT_SAVE);
    }

    /** The segments the user may see, most recently saved first. */
    public List<Segment> list(int page, int pageSize) {
        PortalUser user = currentUser.require();
        return segments.findVisible(user.scope().isAll() ? null : user.id(), PageRequest.of(page, pageSize));
    }

    public Segment get(long id) {
        Segment segment = segments.findById(id).orElseThrow(() -> new RecordNotFound("segment.notfound", id));
        PortalUser user = currentUser.require();
        if (!user.scope().isAll() && segment.getOwnerId() != user.id()) {
            throw new AccessDeniedException("Segment " + id + " belongs to another user");
        }
        return segment;
    }

    /** Saves a new segment for the user, or the user's edit of one they may see; refuses a stale edit. */
    @PreAuthorize(Permissions.HAS_SEGMENT_SAVE)
    @Transactional
    public Segment save(Segment edited) {
        requireValid(edited);
        SegmentCount count = query.count(edited.getCriteria());
        if (edited.getId() == null) {
            return create(edited.getName(), edited.getDescription(), edited.getCriteria(), count);
        }
        Segment segment = get(edited.getId());
        segment.requireVersion(edited.getVersion());
        requireFreeName(segment.getOwnerId(), edited.getName(), segment.getId());
        Map<String, Object> before = segment.auditState();
        copy(edited.getName(), edited.getDescription(), edited.getCriteria(), segment);
        segment.counted(count, clock.instant());
        segments.flush();
        audit.updated(segment, before, "Sửa phân loại khách hàng " + segment.getName());
        return segment;
    }

    /** A copy owned by the user, counted again in the user's scope. */
    @PreAuthorize(Permissions.HAS_SEGMENT_SAVE)
    @Transactional
    public Segment copy(long id, String name) {
        Segment original = get(id);
        return create(name, original.getDescription(), original.getCriteria(), query.count(original.getCriteria()));
    }

    private Segment create(String name, @Nullable String description, SegmentCriteria criteria, SegmentCount count) {
        PortalUser user = currentUser.require();
        requireFreeName(user.id(), name, null);
        Segment segment = new Segment();
        copy(name, description, criteria, segment);
        requireValid(segment);
        segment.ownedBy(user.id(), user.displayName());
        segment.counted(count, clock.instant());
        segments.saveAndFlush(segment);
        audit.created(segment, "Lưu phân loại khách hàng " + segment.getName());
        return segment;
    }

    private void requireValid(Segment segment) {
        var violations = validator.validate(segment);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private void requireFreeName(long ownerId, String name, @Nullable Long id) {
        if (segments.nameTaken(ownerId, name.trim(), id)) {
            throw new RuleViolation("segment.name.taken", "name", name.trim());
        }
    }

    private static void copy(String name, @Nullable String description, SegmentCriteria criteria, Segment to) {
        to.setName(name.trim());
        to.setDescription(description == null || description.isBlank() ? null : description.trim());
        to.setCriteria(Objects.requireNonNull(criteria));
    }
}
