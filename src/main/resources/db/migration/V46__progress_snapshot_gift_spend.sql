-- The progress snapshot also keeps what the gifts handed over cost per unit (decision 0027, amended), so the
-- progress view reads a live campaign's figures from it. Rows taken before this had no spend: they are dropped,
-- and the job or the next read takes them again.
ALTER TABLE unit_progress_snapshot ADD COLUMN gift_spend BIGINT NOT NULL DEFAULT 0 AFTER not_done;
DELETE FROM unit_progress_snapshot;
