/**
 * In-app notifications: any feature sends one to a user or to the holders of a role in a unit,
 * inside its own transaction; each user reads and marks only their own.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.notice;

import org.jspecify.annotations.NullMarked;
