-- The queues' figures count a side's hand-offs per state, with how many are overdue or near their deadline.
-- These indexes hold every column those counts read, so MariaDB answers them from the index alone: a TTVT's
-- received queue, a unit's sent queue (by requester path), and every hand-off for ĐHNV and the Director.
CREATE INDEX ix_handoff_receiver_state ON handoff (receiver_unit_id, state, due_at, warn_at);
CREATE INDEX ix_handoff_requester_state ON handoff (requester_unit_path, state, due_at, warn_at);
CREATE INDEX ix_handoff_state_due ON handoff (state, due_at, warn_at);
