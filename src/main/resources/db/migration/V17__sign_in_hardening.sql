-- Sign-in throttling counts failures per user name and per client address (a proxy's X-Forwarded-For
-- once server.forward-headers-strategy is set). Failures are kept only until purged (LoginThrottle),
-- so the old per-name rows are dropped rather than converted.
DROP TABLE login_attempt;

CREATE TABLE login_attempt (
    kind            VARCHAR(8)  NOT NULL,
    -- a user name (at most 64 characters, as user_account.username) or an IPv4/IPv6 address
    subject         VARCHAR(64) NOT NULL,
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    locked_until    DATETIME(6) NULL,
    PRIMARY KEY (kind, subject),
    INDEX ix_login_attempt_purge (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A password set by an Admin must be replaced by its owner at the next sign-in.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
