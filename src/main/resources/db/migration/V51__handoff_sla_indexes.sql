-- The dashboards' SLA figures for this month count, per receiving unit, the hand-offs sent in the month. Under load
-- the Director's read every hand-off ever sent (100 000 on the province database, a fifth of MariaDB's slow time):
-- these indexes hold every column the count reads, by sending time for the whole province and by receiving unit
-- and sending time for one TTVT, so the month is a range of one index.
CREATE INDEX ix_handoff_sent_sla ON handoff (sent_at, receiver_unit_id, is_open, due_at, accept_sla_met,
                                            resolve_sla_met, bounces);
DROP INDEX ix_handoff_receiver_sent ON handoff;
CREATE INDEX ix_handoff_receiver_sent ON handoff (receiver_unit_id, sent_at, is_open, due_at, accept_sla_met,
                                                 resolve_sla_met, bounces);
