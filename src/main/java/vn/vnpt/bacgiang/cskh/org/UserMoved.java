package vn.vnpt.bacgiang.cskh.org;

/**
 * Published inside the transaction that moves a user account to another unit, so that modules
 * holding work tied to the user's old unit (open care tasks) let go of it in the same transaction.
 */
public record UserMoved(long userId, String username, String newUnitPath) {
}
