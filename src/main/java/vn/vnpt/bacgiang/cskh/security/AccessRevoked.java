package vn.vnpt.bacgiang.cskh.security;

/**
 * Published when a user's account changed so that their open sessions carry rights or a scope they
 * no longer have (disabled, roles changed, moved, password reset, their unit moved): once the change
 * commits, every session of the user ends.
 */
public record AccessRevoked(long userId) {
}
