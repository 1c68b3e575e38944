-- Schema 3: a SHA-256 checksum (64 lower-case hex digits) of each stored version's content, as UTF-8: written on
-- every save, verified on every load and by the check when the library opens. Existing rows get theirs here (H2's
-- HASH of a character string is the SHA-256 of its UTF-8 bytes, the same as Checksums.sha256 in Java).
ALTER TABLE case_version ADD COLUMN IF NOT EXISTS checksum CHAR(64);
UPDATE case_version SET checksum = LOWER(RAWTOHEX(HASH('SHA-256', content))) WHERE checksum IS NULL;
ALTER TABLE case_version ALTER COLUMN checksum SET NOT NULL;
