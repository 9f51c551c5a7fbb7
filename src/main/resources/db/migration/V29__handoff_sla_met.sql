-- Whether a hand-off was accepted and resolved by its deadline, stored when it happens (decision 0026)
-- so that SLA compliance is a count. NULL: not accepted/resolved yet, or no deadline known.
ALTER TABLE handoff
    ADD COLUMN accept_sla_met  BOOLEAN NULL,
    ADD COLUMN resolve_sla_met BOOLEAN NULL,
    ADD INDEX ix_handoff_receiver_sent (receiver_unit_id, sent_at);

-- Backfill: the deadline in force when the move was made is the dueAt of the state before the move, kept in
-- the audit trail (entity Handoff, move SENT -> ACCEPTED and ACCEPTED/IN_PROGRESS -> RESOLVED, the latest
-- one). A row without such an audit entry, or whose entry had no deadline, keeps NULL (not counted either
-- way): its deadline is not recomputed with today's calendar.
UPDATE handoff h
    JOIN (SELECT CAST(a.entity_id AS UNSIGNED) AS handoff_id,
                 JSON_VALUE(a.before_state, '$.dueAt') AS due,
                 ROW_NUMBER() OVER (PARTITION BY a.entity_id ORDER BY a.id DESC) AS latest
          FROM audit_entry a
          WHERE a.entity_type = 'Handoff'
            AND JSON_VALUE(a.before_state, '$.state') = 'SENT'
            AND JSON_VALUE(a.after_state, '$.state') = 'ACCEPTED') d
    ON d.handoff_id = h.id AND d.latest = 1
SET h.accept_sla_met = h.accepted_at <= CAST(REPLACE(REPLACE(d.due, 'T', ' '), 'Z', '') AS DATETIME(6))
WHERE h.accepted_at IS NOT NULL AND h.accept_sla_met IS NULL AND d.due <> '';

UPDATE handoff h
    JOIN (SELECT CAST(a.entity_id AS UNSIGNED) AS handoff_id,
                 JSON_VALUE(a.before_state, '$.dueAt') AS due,
                 ROW_NUMBER() OVER (PARTITION BY a.entity_id ORDER BY a.id DESC) AS latest
          FROM audit_entry a
          WHERE a.entity_type = 'Handoff'
            AND JSON_VALUE(a.before_state, '$.state') IN ('ACCEPTED', 'IN_PROGRESS')
            AND JSON_VALUE(a.after_state, '$.state') = 'RESOLVED') d
    ON d.handoff_id = h.id AND d.latest = 1
SET h.resolve_sla_met = h.resolved_at <= CAST(REPLACE(REPLACE(d.due, 'T', ' '), 'Z', '') AS DATETIME(6))
WHERE h.resolved_at IS NOT NULL AND h.resolve_sla_met IS NULL AND d.due <> '';
