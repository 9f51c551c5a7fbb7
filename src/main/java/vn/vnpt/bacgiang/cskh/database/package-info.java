/** The embedded MariaDB the run command and the tests start when no external database is configured. */
@NullMarked
package vn.vnpt.bacgiang.cskh.database;

import org.jspecify.annotations.NullMarked;
