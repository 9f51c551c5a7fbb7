-- The last run of each scheduled job, written by the scheduler around every run (decision 0041).
-- Times are UTC wall time like every DATETIME here.
CREATE TABLE job_run (
    job             VARCHAR(120)  NOT NULL PRIMARY KEY,
    last_started_at DATETIME(3)   NOT NULL,
    last_finished_at DATETIME(3)  NULL,
    last_millis     BIGINT        NULL,
    last_failure    VARCHAR(500)  NULL,
    runs            BIGINT        NOT NULL DEFAULT 0,
    failures        BIGINT        NOT NULL DEFAULT 0
);
