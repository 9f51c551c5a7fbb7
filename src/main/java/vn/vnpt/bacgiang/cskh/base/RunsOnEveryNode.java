package vn.vnpt.bacgiang.cskh.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @Scheduled} job that refreshes what one portal node keeps in its own memory: it runs on every node.
 * Every other job works on the shared database and runs on one node per firing (docs/decisions/0043).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RunsOnEveryNode {
}
