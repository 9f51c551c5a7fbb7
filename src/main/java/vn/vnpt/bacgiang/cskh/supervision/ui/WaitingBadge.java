package vn.vnpt.bacgiang.cskh.supervision.ui;

import vn.vnpt.bacgiang.cskh.base.ui.MenuBadge;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionWaitingService;

/**
 * Beside a supervision menu entry: how many of the records it leads to wait on the user (see
 * {@link WaitingBadges}); none for those who read no inspections.
 */
class WaitingBadge implements MenuBadge {

    private final String path;
    private final SupervisionWaitingService waiting;
    private final CurrentUser currentUser;

    WaitingBadge(String path, SupervisionWaitingService waiting, CurrentUser currentUser) {
        this.path = path;
        this.waiting = waiting;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public long count() {
        return currentUser.find().filter(user -> user.can(Permission.INSPECTION_READ))
                .map(user -> waiting.count(path)).orElse(0L);
    }
}
