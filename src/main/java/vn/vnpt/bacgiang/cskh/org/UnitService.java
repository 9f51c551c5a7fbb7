package vn.vnpt.bacgiang.cskh.org;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.AccessRevoked;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.UnitScope;

/** Units: everyone reads the units of their scope; only Admins change them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final UserAccountRepository accounts;

    UnitService(UnitRepository units, CurrentUser currentUser, AuditTrail audit, Validator validator,
                ApplicationEventPublisher events, UserAccountRepository accounts) {
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.events = events;
        this.accounts = accounts;
    }

    /** The units the user may see, parents before children. */
    public List<Unit> findInScope() {
        return UnitOrder.treeOrder(units.findInScope(currentUser.scope().pathPattern()));
    }

    public Unit get(long id) {
        Unit unit = units.findWithParent(id).orElseThrow(() -> new RecordNotFound("org.unit.notfound", id));
        requireInScope(unit);
        return unit;
    }

    @PreAuthorize(Permissions.HAS_ADMINISTER)
    @Transactional
    public Unit save(Unit edited) {
        var violations = validator.validate(edited);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Unit parent = edited.getParent() == null ? null : get(Objects.requireNonNull(edited.getParent().getId()));
        if (parent == null && edited.getKind() != UnitKind.PROVINCE) {
            throw new RuleViolation("org.unit.parent.required", "parent");
        }
        if (edited.getKind() != null && edited.getKind().isDistrictBound() && edited.getDistrict() == null) {
            throw new RuleViolation("org.unit.district.required", "district");
        }
        return edited.getId() == null ? create(edited, parent) : update(edited, parent);
    }

    private Unit create(Unit edited, Unit parent) {
        if (units.existsByCode(edited.getCode())) {
            throw new RuleViolation("org.unit.code.taken", "code", edited.getCode());
        }
        Unit unit = new Unit();
        copy(edited, unit, parent);
        unit.setPath("/");
        units.saveAndFlush(unit);
        unit.setPath((parent == null ? "/" : parent.getPath()) + unit.getId() + "/");
        units.flush();
        audit.created(unit, "Tạo đơn vị " + unit.getName());
        return unit;
    }

    private Unit update(Unit edited, Unit parent) {
        long id = Objects.requireNonNull(edited.getId());
        Unit unit = units.findWithParent(id).orElseThrow(() -> new RecordNotFound("org.unit.notfound", id));
        unit.requireVersion(edited.getVersion());
        if (units.existsByCodeAndIdNot(edited.getCode(), id)) {
            throw new RuleViolation("org.unit.code.taken", "code", edited.getCode());
        }
        if (parent != null && parent.getPath().startsWith(unit.getPath())) {
            throw new RuleViolation("org.unit.parent.cycle", "parent");
        }
        Map<String, Object> before = unit.auditState();
        String oldPath = unit.getPath();
        copy(edited, unit, parent);
        String newPath = (parent == null ? "/" : parent.getPath()) + id + "/";
        if (!newPath.equals(oldPath)) {
            unit.setPath(newPath);
            units.flush();
            units.movePaths(oldPath, newPath);
            events.publishEvent(new UnitMoved(id, unit.getName(), oldPath, newPath));
            accounts.findIdsInUnitsUnder(newPath).forEach(userId -> events.publishEvent(new AccessRevoked(userId)));
        }
        units.flush();
        audit.updated(unit, before, "Sửa đơn vị " + unit.getName());
        return unit;
    }

    private static void copy(Unit from, Unit to, Unit parent) {
        to.setCode(from.getCode().trim());
        to.setName(from.getName().trim());
        to.setKind(from.getKind());
        to.setDistrict(from.getDistrict());
        to.setParent(parent);
        to.setPhone(blankToNull(from.getPhone()));
        to.setAddress(blankToNull(from.getAddress()));
        to.setActive(from.isActive());
    }

    private void requireInScope(Unit unit) {
        UnitScope scope = currentUser.scope();
        if (!scope.covers(unit.getPath())) {
            throw new AccessDeniedException("Unit " + unit.getId() + " is outside the user's scope");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
