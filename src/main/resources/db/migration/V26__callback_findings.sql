-- An unconfirmed callback sample becomes a finding per staff member (source_kind CALLBACK, no item):
-- whose contacts, and how many of the answered callbacks were confirmed and not, shown in the reader's language.
ALTER TABLE finding
    ADD COLUMN staff_id              BIGINT       NULL AFTER item_id,
    ADD COLUMN staff_name            VARCHAR(120) NULL AFTER staff_id,
    ADD COLUMN callbacks_confirmed   INT          NULL AFTER staff_name,
    ADD COLUMN callbacks_unconfirmed INT          NULL AFTER callbacks_confirmed;
