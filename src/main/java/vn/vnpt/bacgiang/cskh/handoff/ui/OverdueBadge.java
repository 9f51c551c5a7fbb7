package vn.vnpt.bacgiang.cskh.handoff.ui;

import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.ui.MenuBadge;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/** Beside the queue's menu entry: how many hand-offs the user's unit received are overdue. */
@Component
class OverdueBadge implements MenuBadge {

    private final HandoffService handoffs;
    private final CurrentUser currentUser;

    OverdueBadge(HandoffService handoffs, CurrentUser currentUser) {
        this.handoffs = handoffs;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "handoffs";
    }

    @Override
    public long count() {
        return currentUser.find().map(user -> handoffs.overdueReceived()).orElse(0L);
    }
}
