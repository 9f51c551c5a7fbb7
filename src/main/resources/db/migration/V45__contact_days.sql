-- A campaign's contacts and acceptances per executing unit and Vietnamese day, kept for the days before today
-- (decision 0037): a contact is logged at the time it is entered, so a day that has ended no longer changes and
-- step 8's trend reads a few rows instead of grouping two million contacts. contact_days_kept says up to which
-- day (inclusive) a campaign's days are kept; today and later are counted live. A cache: no foreign keys, like
-- unit_progress_snapshot.
CREATE TABLE contact_day (
    campaign_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    day         DATE   NOT NULL,
    contacts    BIGINT NOT NULL,
    accepted    BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, day)
) ENGINE = InnoDB;

CREATE TABLE contact_days_kept (
    campaign_id BIGINT      NOT NULL PRIMARY KEY,
    through     DATE        NOT NULL,
    kept_at     DATETIME(6) NOT NULL
) ENGINE = InnoDB;
