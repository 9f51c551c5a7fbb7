package vn.vnpt.bacgiang.cskh.execution;

/** A care staff member of a sales department or one of its stores. */
public record StaffMember(long id, String name, long unitId, String unitName) {
}
