-- Storage that grows for years (issue 16): the raw curves, the keys and the results are partitioned by month, so that
-- a month's reads and writes touch that month's tables and indexes only, and a month past the retention is dropped
-- whole rather than deleted row by row. Each table keeps a DEFAULT partition for rows of months not created yet; the
-- service creates the months ahead of its clock, and the months that rows in a DEFAULT partition belong to, with
-- acc_month_partition (partition/PartitionMaintenance), so the embedded PostgreSQL of the tests works the same way.

-- The partitioned tables, the column each is partitioned on, and whether it is a date or an instant (an instant's
-- months are those of Paris: a month of keys starts at local midnight, as a calculation period does).
CREATE TABLE month_partitioned (
    parent  TEXT PRIMARY KEY,
    key     TEXT NOT NULL,
    instant BOOLEAN NOT NULL
);
INSERT INTO month_partitioned VALUES
    ('raw_curve', 'day', false),
    ('repartition_key', 'step_start', true),
    ('result_curve', 'day', false);

-- The lower bound of a month in a partitioned table's key, as a literal: the month's first day, or its first instant
-- in Paris.
CREATE FUNCTION acc_month_bound(parent_table TEXT, month DATE) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p.instant
                THEN quote_literal((date_trunc('month', month)::TIMESTAMP AT TIME ZONE 'Europe/Paris')::TEXT)
                ELSE quote_literal(date_trunc('month', month)::DATE::TEXT) END
    FROM month_partitioned p WHERE p.parent = parent_table
$$;

-- Creates the partition of one month of a partitioned table unless it exists, moving into it the rows of that month
-- the DEFAULT partition holds; answers whether it created it. Replicas may call it together: one creates, the
-- others find it made.
CREATE FUNCTION acc_month_partition(parent_table TEXT, month DATE) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE
    first DATE := date_trunc('month', month)::DATE;
    name TEXT := parent_table || '_' || to_char(first, 'YYYY_MM');
    column_name TEXT := (SELECT key FROM month_partitioned WHERE parent = parent_table);
    low TEXT := acc_month_bound(parent_table, first);
    high TEXT := acc_month_bound(parent_table, (first + INTERVAL '1 month')::DATE);
BEGIN
    IF column_name IS NULL THEN
        RAISE EXCEPTION '% is not partitioned by month', parent_table;
    END IF;
    IF to_regclass(name) IS NOT NULL THEN
        RETURN false;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('acc_month_partition'), hashtext(name));
    IF to_regclass(name) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name, parent_table);
    EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %s AND %I < %s RETURNING *) INSERT INTO %I '
                   'SELECT * FROM moved', parent_table || '_default', column_name, low, column_name, high, name);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', parent_table, name, low, high);
    RETURN true;
END $$;

-- Drops the partitions of the months before a month, and deletes the DEFAULT partition's rows before it; answers how
-- many partitions it dropped. The retention (partition/PartitionMaintenance) calls it.
CREATE FUNCTION acc_drop_months_before(parent_table TEXT, month DATE) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    first DATE := date_trunc('month', month)::DATE;
    column_name TEXT := (SELECT key FROM month_partitioned WHERE parent = parent_table);
    partition_name TEXT;
    dropped INTEGER := 0;
BEGIN
    IF column_name IS NULL THEN
        RAISE EXCEPTION '% is not partitioned by month', parent_table;
    END IF;
    FOR partition_name IN
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = parent_table::regclass AND c.relname ~ ('^' || parent_table || '_[0-9]{4}_[0-9]{2}$')
          AND to_date(right(c.relname, 7), 'YYYY_MM') < first
    LOOP
        EXECUTE format('DROP TABLE %I', partition_name);
        dropped := dropped + 1;
    END LOOP;
    EXECUTE format('DELETE FROM %I WHERE %I < %s', parent_table || '_default', column_name,
                   acc_month_bound(parent_table, first));
    RETURN dropped;
END $$;

-- The months that rows in a table's DEFAULT partition belong to.
CREATE FUNCTION acc_months_in_default(parent_table TEXT) RETURNS SETOF DATE LANGUAGE plpgsql AS $$
DECLARE
    column_name TEXT;
    is_instant BOOLEAN;
BEGIN
    SELECT key, instant INTO column_name, is_instant FROM month_partitioned WHERE parent = parent_table;
    IF column_name IS NULL THEN
        RAISE EXCEPTION '% is not partitioned by month', parent_table;
    END IF;
    IF is_instant THEN
        RETURN QUERY EXECUTE format('SELECT DISTINCT date_trunc(''month'', %I AT TIME ZONE ''Europe/Paris'')::DATE '
                                    'FROM %I', column_name, parent_table || '_default');
    ELSE
        RETURN QUERY EXECUTE format('SELECT DISTINCT date_trunc(''month'', %I)::DATE FROM %I', column_name,
                                    parent_table || '_default');
    END IF;
END $$;

-- Each table is rebuilt partitioned: renamed away, created again like it (columns, checks, primary key, which holds
-- the partition key) with its foreign keys, its rows copied back, then its months made.
ALTER TABLE raw_curve RENAME TO raw_curve_unpartitioned;
ALTER TABLE raw_curve_unpartitioned RENAME CONSTRAINT raw_curve_pkey TO raw_curve_unpartitioned_pkey;
CREATE TABLE raw_curve (LIKE raw_curve_unpartitioned INCLUDING ALL) PARTITION BY RANGE (day);

ALTER TABLE repartition_key RENAME TO repartition_key_unpartitioned;
ALTER TABLE repartition_key_unpartitioned RENAME CONSTRAINT repartition_key_pkey TO repartition_key_unpartitioned_pkey;
CREATE TABLE repartition_key (LIKE repartition_key_unpartitioned INCLUDING ALL) PARTITION BY RANGE (step_start);
ALTER TABLE repartition_key
    ADD CONSTRAINT repartition_key_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    ADD CONSTRAINT repartition_key_consumer_set_id_fkey FOREIGN KEY (consumer_set_id) REFERENCES consumer_set (id);

ALTER TABLE result_curve RENAME TO result_curve_unpartitioned;
ALTER TABLE result_curve_unpartitioned RENAME CONSTRAINT result_curve_pkey TO result_curve_unpartitioned_pkey;
CREATE TABLE result_curve (LIKE result_curve_unpartitioned INCLUDING ALL) PARTITION BY RANGE (day);
ALTER TABLE result_curve ADD CONSTRAINT result_curve_calculation_id_fkey
    FOREIGN KEY (calculation_id) REFERENCES calculation (id) ON DELETE CASCADE;

DO $$
DECLARE
    parent_table TEXT;
BEGIN
    FOR parent_table IN SELECT parent FROM month_partitioned LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', parent_table || '_default', parent_table);
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', parent_table, parent_table || '_unpartitioned');
        EXECUTE format('DROP TABLE %I', parent_table || '_unpartitioned');
        PERFORM acc_month_partition(parent_table, month) FROM acc_months_in_default(parent_table) AS month;
    END LOOP;
END $$;
