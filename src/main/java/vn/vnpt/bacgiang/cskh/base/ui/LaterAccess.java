package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

/** How work running off the request thread shows its result on a page, when the page is still there. */
public final class LaterAccess {

    private LaterAccess() {
    }

    /** Runs the command with the UI locked; a user who closed the page does not stop the work, nothing is shown. */
    public static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // Nobody is left to show it to.
        }
    }
}
