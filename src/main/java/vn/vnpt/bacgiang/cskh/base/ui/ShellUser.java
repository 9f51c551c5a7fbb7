package vn.vnpt.bacgiang.cskh.base.ui;

import java.util.List;

/** What the shell shows of the signed-in user; the security feature's principal provides it. */
public interface ShellUser {
    String displayName();

    String unitName();

    /** Message keys of the user's role names. */
    List<String> roleLabelKeys();
}
