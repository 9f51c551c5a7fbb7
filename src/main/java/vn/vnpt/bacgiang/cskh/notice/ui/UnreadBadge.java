package vn.vnpt.bacgiang.cskh.notice.ui;

import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.ui.MenuBadge;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/** Beside the notifications' menu entry: how many the user has not read. */
@Component
class UnreadBadge implements MenuBadge {

    private final NoticeService notices;
    private final CurrentUser currentUser;

    UnreadBadge(NoticeService notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "notices";
    }

    @Override
    public long count() {
        return currentUser.find().isPresent() ? notices.unreadCount() : 0;
    }
}
