package vn.vnpt.bacgiang.cskh.notice;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * Sends in-app notices, within the sender's transaction and without needing a signed-in user (the
 * escalation job sends too), and lets the signed-in user read and mark their own, never anyone else's.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeRepository notices, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sends a notice whose text is the message {@code messageKey} filled with {@code args}; {@code link} is a route. */
    @Transactional
    public void send(long recipientUserId, String kind, String messageKey, List<String> args, @Nullable String link) {
        notices.save(new Notice(recipientUserId, kind, messageKey, args, link, clock.instant()));
    }

    /** Sends the notice to every active user of the unit who holds the role. */
    @Transactional
    public void sendToRole(long unitId, Role role, String kind, String messageKey, List<String> args,
                           @Nullable String link) {
        sendToHolders(unitId, Set.of(role), kind, messageKey, args, link);
    }

    /** Sends the notice once to every active user of the unit whose roles grant the permission. */
    @Transactional
    public void sendToWhoCan(long unitId, Permission permission, String kind, String messageKey, List<String> args,
                             @Nullable String link) {
        sendToHolders(unitId, Role.granting(permission), kind, messageKey, args, link);
    }

    /**
     * Sends the notice once to every active user whose roles grant the permission, in the unit or, without
     * one, in any unit; never to {@code actorId}, the user whose action the notice reports.
     */
    @Transactional
    public void sendToOthersWhoCan(@Nullable Long unitId, Permission permission, long actorId, String kind,
                                   String messageKey, List<String> args, @Nullable String link) {
        List<String> roles = Role.granting(permission).stream().map(Role::name).toList();
        List<Long> holders = unitId == null ? notices.activeHoldersAnywhere(roles)
                : notices.activeHolders(unitId, roles);
        notices.saveAll(holders.stream().filter(recipient -> recipient != actorId)
                .map(recipient -> new Notice(recipient, kind, messageKey, args, link, clock.instant())).toList());
    }

    private void sendToHolders(long unitId, Set<Role> roles, String kind, String messageKey, List<String> args,
                               @Nullable String link) {
        List<Notice> batch = notices.activeHolders(unitId, roles.stream().map(Role::name).toList()).stream()
                .map(recipient -> new Notice(recipient, kind, messageKey, args, link, clock.instant()))
                .toList();
        notices.saveAll(batch);
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notices.countByRecipientAndReadAtIsNull(me());
    }

    /** The signed-in user's newest notices, read or not. */
    @PreAuthorize("isAuthenticated()")
    public List<Notice> latest(int limit) {
        return notices.findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, limit));
    }

    /** Marks one of the signed-in user's notices read; someone else's is reported as not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        long me = me();
        if (notices.markRead(id, me, clock.instant()) == 0 && !notices.existsByIdAndRecipient(id, me)) {
            throw new RecordNotFound("notice.notfound", id);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notices.markAllRead(me(), clock.instant());
    }

    private long me() {
        return currentUser.require().id();
    }
}
