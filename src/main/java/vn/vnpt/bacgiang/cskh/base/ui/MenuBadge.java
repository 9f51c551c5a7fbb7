package vn.vnpt.bacgiang.cskh.base.ui;

/**
 * A count shown beside a menu entry, such as what waits on the user there. Features contribute
 * them as Spring beans, so the shell shows them without depending on the features.
 */
public interface MenuBadge {

    /** The route of the menu entry, e.g. {@code campaigns}. */
    String path();

    /** The count for the signed-in user; no badge is shown for zero. */
    long count();
}
