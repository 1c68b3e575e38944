-- Schema 2: recycle bin (deleted_at), accent- and case-insensitive search keys, recently opened cases.
ALTER TABLE practice ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE business_case ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE business_case ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;

-- Backfilled here with LOWER(); the library recomputes them with accents folded after this migration.
ALTER TABLE practice ADD COLUMN search_key VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE business_case ADD COLUMN search_key VARCHAR(300) DEFAULT '' NOT NULL;
UPDATE practice SET search_key = LOWER(name || ' ' || municipality);
UPDATE business_case SET search_key = LOWER(name);

CREATE INDEX practice_updated ON practice (updated_at);
CREATE INDEX business_case_updated ON business_case (updated_at);
CREATE INDEX business_case_opened ON business_case (opened_at);
