-- The open hand-offs per receiving unit (the centre's dashboards) read the open ones alone, in receiver order:
-- 6 ms instead of 12 ms over the province's 100 000 hand-offs, which the query scanned whole on ix_handoff_receiver.
CREATE INDEX ix_handoff_open_receiver ON handoff (is_open, receiver_unit_id, due_at);
