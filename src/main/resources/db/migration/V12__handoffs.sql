-- Hand-offs (yêu cầu chuyển xử lý): a care request passed from the business side to the unit that
-- can process it (a district TTVT, ĐHNV/billing, PBH DN) and tracked to the requester's confirmation
-- under working-hour service levels. See docs/decisions/0010.

-- The head of a unit, who receives the first escalation of its overdue hand-offs. Nullable: a unit
-- without a head escalates to all of its TTVT staff.
ALTER TABLE unit ADD COLUMN head_user_id BIGINT NULL,
    ADD CONSTRAINT fk_unit_head_user FOREIGN KEY (head_user_id) REFERENCES user_account (id);

-- Service-level targets per hand-off type and priority, in working minutes; Admins change them.
CREATE TABLE sla_target (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    handoff_type   VARCHAR(20) NOT NULL,
    priority       VARCHAR(10) NOT NULL,
    accept_minutes INT         NOT NULL,
    resolve_minutes INT        NOT NULL,
    warn_percent   INT         NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_sla_target UNIQUE (handoff_type, priority),
    CONSTRAINT ck_sla_target_minutes CHECK (accept_minutes > 0 AND resolve_minutes >= accept_minutes),
    CONSTRAINT ck_sla_target_warn CHECK (warn_percent BETWEEN 1 AND 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Working day = 7 h (7:30–11:30, 13:30–17:00). Urgent: accept in 30 min, resolve in half a day.
INSERT INTO sla_target (handoff_type, priority, accept_minutes, resolve_minutes, warn_percent)
SELECT t.handoff_type, p.priority, p.accept_minutes, ROUND(p.resolve_days * t.effort * 420), 75
FROM (SELECT 'INSTALLATION' AS handoff_type, 1.0 AS effort UNION ALL SELECT 'REPAIR', 0.5
      UNION ALL SELECT 'RELOCATION', 1.5 UNION ALL SELECT 'CHARGE_DATA', 1.0
      UNION ALL SELECT 'COMPLAINT', 1.0 UNION ALL SELECT 'ENTERPRISE', 1.0) t
CROSS JOIN (SELECT 'LOW' AS priority, 240 AS accept_minutes, 4.0 AS resolve_days UNION ALL SELECT 'NORMAL', 120, 2.0
      UNION ALL SELECT 'HIGH', 60, 1.0 UNION ALL SELECT 'URGENT', 30, 0.5) p;

-- The context packet (customer, subscription, campaign, contact history) is a snapshot taken when
-- the hand-off is raised, so the receiver never needs the requester's customer scope to read it.
-- due_at/warn_at hold the deadline that applies in the current state (null when no clock runs:
-- paused, returned, resolved, closed) so that the queue sorts and filters by it in SQL.
CREATE TABLE handoff (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    handoff_type        VARCHAR(20)   NOT NULL,
    priority            VARCHAR(10)   NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    is_open             BOOLEAN       NOT NULL DEFAULT TRUE,
    description         VARCHAR(2000) NOT NULL,
    requester_id        BIGINT        NOT NULL,
    requester_name      VARCHAR(120)  NOT NULL,
    requester_unit_id   BIGINT        NOT NULL,
    requester_unit_name VARCHAR(200)  NOT NULL,
    requester_unit_path VARCHAR(255)  NOT NULL,
    receiver_unit_id    BIGINT        NOT NULL,
    receiver_unit_name  VARCHAR(200)  NOT NULL,
    customer_id         BIGINT        NOT NULL,
    customer_code       VARCHAR(20)   NOT NULL,
    customer_name       VARCHAR(200)  NOT NULL,
    customer_phone      VARCHAR(32)   NULL,
    customer_address    VARCHAR(500)  NULL,
    customer_district   VARCHAR(3)    NULL,
    customer_facts      VARCHAR(1000) NULL,
    subscription_id     BIGINT        NULL,
    subscription_label  VARCHAR(200)  NULL,
    campaign_id         BIGINT        NULL,
    campaign_name       VARCHAR(160)  NULL,
    task_id             BIGINT        NULL,
    contact_history     TEXT          NULL,
    sent_at             DATETIME(6)   NOT NULL,
    accepted_at         DATETIME(6)   NULL,
    resolved_at         DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    accept_minutes      INT           NOT NULL,
    resolve_minutes     INT           NOT NULL,
    warn_percent        INT           NOT NULL,
    due_at              DATETIME(6)   NULL,
    warn_at             DATETIME(6)   NULL,
    paused_since        DATETIME(6)   NULL,
    bounces             INT           NOT NULL DEFAULT 0,
    reopens             INT           NOT NULL DEFAULT 0,
    escalation_level    INT           NOT NULL DEFAULT 0,
    warned              BOOLEAN       NOT NULL DEFAULT FALSE,
    returned_reason     VARCHAR(1000) NULL,
    resolution          VARCHAR(2000) NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_handoff_requester FOREIGN KEY (requester_id) REFERENCES user_account (id),
    CONSTRAINT fk_handoff_requester_unit FOREIGN KEY (requester_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_handoff_receiver_unit FOREIGN KEY (receiver_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_handoff_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_handoff_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    -- the receiver's queue: its open hand-offs by deadline; the requester's: by unit path
    INDEX ix_handoff_receiver (receiver_unit_id, is_open, due_at),
    INDEX ix_handoff_requester (requester_unit_path, is_open, due_at),
    INDEX ix_handoff_open_due (is_open, due_at),
    INDEX ix_handoff_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Periods the SLA clock stood still: waiting for the customer, or resolved until confirmed/reopened.
CREATE TABLE handoff_pause (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    handoff_id BIGINT      NOT NULL,
    started_at DATETIME(6) NOT NULL,
    ended_at   DATETIME(6) NULL,
    CONSTRAINT fk_handoff_pause_handoff FOREIGN KEY (handoff_id) REFERENCES handoff (id),
    INDEX ix_handoff_pause (handoff_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The thread and history of a hand-off in one list: messages of both sides, moves with their
-- reasons, warnings and escalations (actor_id null: the portal itself).
CREATE TABLE handoff_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    handoff_id  BIGINT        NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(120)  NOT NULL,
    actor_unit  VARCHAR(200)  NULL,
    move        VARCHAR(12)   NULL,
    from_state  VARCHAR(20)   NULL,
    to_state    VARCHAR(20)   NULL,
    text        VARCHAR(2000) NULL,
    CONSTRAINT fk_handoff_event_handoff FOREIGN KEY (handoff_id) REFERENCES handoff (id),
    CONSTRAINT fk_handoff_event_actor FOREIGN KEY (actor_id) REFERENCES user_account (id),
    INDEX ix_handoff_event (handoff_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
