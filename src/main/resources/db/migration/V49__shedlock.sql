-- ShedLock's lock per scheduled job (decision 0043): the node that holds a job's row until lock_until runs it,
-- the others skip that firing. Times are the database's (UTC), so the nodes' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;
