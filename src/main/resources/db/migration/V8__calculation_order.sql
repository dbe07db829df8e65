-- The order in which calculations were recorded: a period's publications are numbered in that order (version 1, 2…),
-- whatever their clock times.
ALTER TABLE calculation ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX calculation_versions ON calculation (agreement_id, period_start, seq);
