-- A callback sample of a large unit ordered every one of its contacts by a seeded hash on each draw
-- (338 000 contacts for TP Bắc Giang). Each contact now keeps a random key, drawn by MariaDB when the
-- contact is logged; a draw reads only the contacts whose key falls in a seeded window a few times the
-- size of its quota, and orders those by the seeded hash (docs/decisions/0020).
ALTER TABLE care_contact ADD COLUMN sample_key INT UNSIGNED NOT NULL DEFAULT (FLOOR(RAND() * 4294967296));

-- Adding the column evaluates its default once for every existing row: give each its own key.
UPDATE care_contact SET sample_key = FLOOR(RAND() * 4294967296);

ALTER TABLE care_contact ADD INDEX ix_care_contact_sample (unit_id, campaign_id, outcome, sample_key, staff_id);
