-- Care campaigns (chương trình CSKH) and their life cycle through the eight steps. The step
-- deadline belongs to the campaign's current state; every change of state is kept in
-- campaign_transition, so the campaign page can show who did what in each step.
CREATE TABLE campaign (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(160) NOT NULL,
    programme_type  VARCHAR(30)  NOT NULL,
    objective       VARCHAR(1000) NULL,
    period_start    DATE         NULL,
    period_end      DATE         NULL,
    owner_id        BIGINT       NOT NULL,
    owner_name      VARCHAR(120) NOT NULL,
    segment_id      BIGINT       NULL,
    segment_name    VARCHAR(120) NULL,
    state           VARCHAR(20)  NOT NULL,
    step_deadline   DATE         NULL,
    returned_reason VARCHAR(1000) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_campaign_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT fk_campaign_segment FOREIGN KEY (segment_id) REFERENCES segment (id),
    CONSTRAINT ck_campaign_period CHECK (period_end IS NULL OR period_start IS NULL OR period_end > period_start),
    INDEX ix_campaign_state (state),
    INDEX ix_campaign_owner (owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE campaign_transition (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    from_state  VARCHAR(20)  NULL,
    to_state    VARCHAR(20)  NOT NULL,
    actor_id    BIGINT       NOT NULL,
    actor_name  VARCHAR(120) NOT NULL,
    at          DATETIME(6)  NOT NULL,
    comment     VARCHAR(1000) NULL,
    CONSTRAINT fk_campaign_transition_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_transition_actor FOREIGN KEY (actor_id) REFERENCES user_account (id),
    INDEX ix_campaign_transition_campaign (campaign_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
