package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * The files a unit attaches to a corrective action to show it was done, for the supervisor who verifies
 * it (docs/decisions/0021). Whoever may report the action done attaches, while it is open or reopened;
 * whoever sees the action reads them. Open to any signed-in user as {@link FindingService#done} is: the
 * owner may be care staff; the body checks the action.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActionEvidenceService {

    private final ActionEvidenceRepository files;
    private final ActionAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ActionEvidenceService(ActionEvidenceRepository files, ActionAccess access, CurrentUser currentUser,
                          AuditTrail audit, Clock clock) {
        this.files = files;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Attaches a JPEG, PNG or PDF of at most 10 MB, recognised by its content, to a pending action. */
    @Transactional
    public ActionFile attach(long actionId, String fileName, byte[] content) {
        PortalUser user = currentUser.require();
        CorrectiveAction action = access.visible(actionId);
        access.ownerOrManager(action);
        if (!action.getState().pending()) {
            throw new RuleViolation("supervision.action.evidence.closed", "file", fileName);
        }
        ActionEvidence file = new ActionEvidence(actionId, CheckedFile.of(fileName, content), user.displayName(),
                user.id(), clock.instant());
        files.saveAndFlush(file);
        audit.created(file, "Đính kèm bằng chứng khắc phục " + file.getFileName() + " vào việc khắc phục " + actionId);
        return file.info();
    }

    /** The files attached to the action, oldest first. */
    public List<ActionFile> files(long actionId) {
        access.visible(actionId);
        return files.findFilesByActionId(actionId);
    }

    /** The file's bytes as uploaded, or its downscaled preview when there is one and {@code preview} is asked. */
    public byte[] content(long fileId, boolean preview) {
        ActionEvidence file = files.findById(fileId)
                .orElseThrow(() -> new RecordNotFound("supervision.evidence.notfound", fileId));
        access.visible(file.getActionId());
        byte[] small = file.getPreview();
        return preview && small != null ? small : file.getContent();
    }
}
