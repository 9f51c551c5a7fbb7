-- Step 6's figures per campaign, executing unit and care staff member (assignee 0: the unit's tasks nobody is
-- assigned), written with unit_progress_snapshot from the same reading of the tasks (decision 0051), so the sales
-- manager's ranking and the progress page's staff table read a unit's few dozen rows instead of grouping its tasks.
CREATE TABLE staff_progress_snapshot (
    campaign_id   BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    assignee_id   BIGINT      NOT NULL,
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
    gift_spend    BIGINT      NOT NULL,
    taken_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, assignee_id)
) ENGINE = InnoDB;
