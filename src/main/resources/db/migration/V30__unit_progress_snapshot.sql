-- Step 6's figures per campaign and executing unit as of taken_at (UTC), the same sums ProgressService adds up
-- from the care tasks, rewritten by a job every 30 s for live campaigns and right after a change (decision 0027),
-- so the dashboards read a few rows instead of grouping hundreds of thousands of tasks per view.
CREATE TABLE unit_progress_snapshot (
    campaign_id   BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    tasks         BIGINT      NOT NULL,
    unassigned    BIGINT      NOT NULL,
    contacted     BIGINT      NOT NULL,
    reached       BIGINT      NOT NULL,
    accepted      BIGINT      NOT NULL,
    rating_sum    BIGINT      NULL,
    ratings       BIGINT      NOT NULL,
    gifts         BIGINT      NOT NULL,
    sms           BIGINT      NOT NULL,
    contact_count BIGINT      NOT NULL,
    open_tasks    BIGINT      NOT NULL,
    not_done      BIGINT      NOT NULL,
    taken_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (campaign_id, unit_id)
);
