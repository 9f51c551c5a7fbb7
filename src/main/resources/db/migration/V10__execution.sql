-- Step 6, execution: a care task per frozen campaign member, assigned to a care staff member of
-- the executing unit, and the contacts (lần chăm sóc) logged on it. The task row carries the
-- counters of its contacts (attempts, outcome, satisfaction, gift) so that the worklist and the
-- progress figures read care_task alone, never aggregating the millions of contact rows.
CREATE TABLE care_task (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    customer_id     BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    assignee_id     BIGINT       NULL,
    state           VARCHAR(16)  NOT NULL,
    -- DIAMOND 3, GOLD 2, SILVER 1, NONE 0 at distribution: the worklist sorts VIPs first within a due time.
    vip_rank        INT          NOT NULL DEFAULT 0,
    due_at          DATETIME(6)  NOT NULL,
    contacts        INT          NOT NULL DEFAULT 0,
    failed_attempts INT          NOT NULL DEFAULT 0,
    sms_contacts    INT          NOT NULL DEFAULT 0,
    last_outcome    VARCHAR(16)  NULL,
    last_contact_at DATETIME(6)  NULL,
    callback_at     DATETIME(6)  NULL,
    satisfaction    INT          NULL,
    gift_delivered  BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_care_task_member UNIQUE (campaign_id, customer_id),
    CONSTRAINT fk_care_task_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_care_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_care_task_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_care_task_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    -- The worklist: a staff member's open tasks, due first then VIP first, read in index order.
    INDEX ix_care_task_worklist (assignee_id, state, due_at, vip_rank DESC, id),
    -- Progress per unit and per staff member: covers every column the figures add up.
    INDEX ix_care_task_progress (campaign_id, unit_id, assignee_id, state, last_outcome, contacts,
                                 sms_contacts, satisfaction, gift_delivered)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE care_contact (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id        BIGINT        NOT NULL,
    campaign_id    BIGINT        NOT NULL,
    customer_id    BIGINT        NOT NULL,
    staff_id       BIGINT        NOT NULL,
    staff_name     VARCHAR(120)  NOT NULL,
    contacted_at   DATETIME(6)   NOT NULL,
    channel        VARCHAR(8)    NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    gift_delivered BOOLEAN       NOT NULL DEFAULT FALSE,
    satisfaction   INT           NULL,
    callback_at    DATETIME(6)   NULL,
    note           VARCHAR(1000) NULL,
    CONSTRAINT fk_care_contact_task FOREIGN KEY (task_id) REFERENCES care_task (id),
    INDEX ix_care_contact_task (task_id, contacted_at),
    INDEX ix_care_contact_customer (customer_id, campaign_id, contacted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
