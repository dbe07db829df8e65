-- The order in which calculations were recorded: a period's publications are numbered in that order (version 1, 2…).
-- Runs recorded before this column are numbered by when they started (then finished, then id); later ones take
-- the next numbers as they are inserted.
ALTER TABLE calculation ADD COLUMN seq BIGINT;
UPDATE calculation c SET seq = o.n
FROM (SELECT id, row_number() OVER (ORDER BY started_at, finished_at, id) AS n FROM calculation) o
WHERE o.id = c.id;
ALTER TABLE calculation ALTER COLUMN seq SET NOT NULL;
ALTER TABLE calculation ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY;
SELECT setval(pg_get_serial_sequence('calculation', 'seq'), COALESCE((SELECT max(seq) FROM calculation), 0) + 1,
              false);
CREATE INDEX calculation_versions ON calculation (agreement_id, period_start, seq);
