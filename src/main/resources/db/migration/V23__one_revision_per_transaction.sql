-- A transaction that changes an agreement many times (a scenario attaching 500 PRMs, one statement each) changed its
-- revision at each statement: as many versions of one row, each read walking them all. One change per transaction is
-- enough (nothing it wrote is seen before its commit, and then all at once), so the row is left alone once this
-- transaction has written it (its xmin is this transaction's).
CREATE OR REPLACE FUNCTION agreement_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement SET revision = nextval('agreement_revision')
    WHERE id IN (SELECT DISTINCT agreement_id FROM changed) AND xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION pmo_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement SET revision = nextval('agreement_revision')
    WHERE pmo_id IN (SELECT id FROM changed) AND xmin <> pg_current_xact_id()::xid;
    RETURN NULL;
END $$;
