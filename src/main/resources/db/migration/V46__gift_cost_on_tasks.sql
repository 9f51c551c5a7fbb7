-- What the gifts handed over to a customer cost is kept on the care task beside its other counters (decision 0007,
-- 0016), so the progress figures, the per-staff figures and the progress snapshot add it up in the same pass over
-- the tasks' covering index instead of joining the gift contacts to their tasks; and the snapshot keeps it per unit
-- (decision 0027, amended), so the progress view reads a live campaign's figures from it.
ALTER TABLE care_task ADD COLUMN gift_cost BIGINT NOT NULL DEFAULT 0 AFTER gift_delivered;

UPDATE care_task t
  JOIN (SELECT cc.task_id, SUM(cc.gift_quantity * b.unit_price) AS cost
          FROM care_contact cc JOIN budget_line b ON b.id = cc.gift_line_id
         WHERE cc.gift_line_id IS NOT NULL
         GROUP BY cc.task_id) g ON g.task_id = t.id
   SET t.gift_cost = g.cost;

ALTER TABLE care_task DROP INDEX ix_care_task_progress,
    ADD INDEX ix_care_task_progress (campaign_id, unit_id, assignee_id, state, last_outcome, contacts, sms_contacts,
                                     satisfaction, gift_delivered, gift_cost);

-- Rows taken before this had no spend: they are dropped, and the job or the next read takes them again.
ALTER TABLE unit_progress_snapshot ADD COLUMN gift_spend BIGINT NOT NULL DEFAULT 0 AFTER not_done;
DELETE FROM unit_progress_snapshot;
