package vn.vnpt.bacgiang.cskh.handoff;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The SLA targets (chỉ tiêu SLA) per hand-off type and priority; Admins change them. A change applies
 * to hand-offs raised afterwards (each hand-off keeps the targets it was raised with).
 */
@Service
@PreAuthorize(Permissions.HAS_ADMINISTER)
@Transactional(readOnly = true)
public class SlaTargetService {

    private final SlaTargetRepository targets;
    private final AuditTrail audit;
    private final Validator validator;

    SlaTargetService(SlaTargetRepository targets, AuditTrail audit, Validator validator) {
        this.targets = targets;
        this.audit = audit;
        this.validator = validator;
    }

    /** Every target, by type then priority as the enums order them. */
    public List<SlaTarget> all() {
        return targets.findAll().stream().sorted(java.util.Comparator.comparing(SlaTarget::getType)
                .thenComparing(SlaTarget::getPriority)).toList();
    }

    @Transactional
    public SlaTarget save(long id, long version, SlaTarget edited) {
        var violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (edited.getResolveMinutes() < edited.getAcceptMinutes()) {
            throw new RuleViolation("handoff.sla.resolveBeforeAccept", "resolveMinutes");
        }
        SlaTarget target = targets.findById(id).orElseThrow(() -> new RecordNotFound("handoff.sla.notfound", id));
        target.requireVersion(version);
        Map<String, Object> before = target.auditState();
        target.setAcceptMinutes(edited.getAcceptMinutes());
        target.setResolveMinutes(edited.getResolveMinutes());
        target.setWarnPercent(edited.getWarnPercent());
        targets.flush();
        audit.updated(target, before, "Sửa chỉ tiêu SLA " + target.getType() + "/" + target.getPriority());
        return Objects.requireNonNull(target);
    }
}
