/**
 * Demo and benchmark customers: a seeded generator of realistic Bắc Giang customers, their
 * subscriptions and complaints, bulk-loaded with {@code LOAD DATA LOCAL INFILE}. The run command
 * loads the {@code small} set into an empty database; the {@code generate} profile loads either size
 * and exits.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.customer.generator;

import org.jspecify.annotations.NullMarked;
