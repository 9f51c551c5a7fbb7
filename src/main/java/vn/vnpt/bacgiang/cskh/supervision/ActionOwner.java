package vn.vnpt.bacgiang.cskh.supervision;

/** Someone of the inspected unit a corrective action can be given to. */
public record ActionOwner(long id, String name) {
}
