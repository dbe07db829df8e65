-- Each replica keeps the agreements it has read (with their perimeter) and checks, at every read, that they are
-- still current: an agreement's revision changes in the same transaction as anything an agreement read shows (its
-- row, its dated key types and statuses, its attachments, its PMO's name), so a read that finds the revision it
-- holds holds what PostgreSQL would answer, whichever replica wrote. Revisions come from one sequence: never reused,
-- even for an agreement deleted and created again.
CREATE SEQUENCE agreement_revision;
ALTER TABLE agreement ADD COLUMN revision BIGINT NOT NULL DEFAULT nextval('agreement_revision');

CREATE FUNCTION agreement_revised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := nextval('agreement_revision');
    RETURN NEW;
END $$;
CREATE TRIGGER agreement_revised BEFORE UPDATE ON agreement FOR EACH ROW EXECUTE FUNCTION agreement_revised();

-- One statement-level trigger per table and event, over the rows the statement changed (its transition table).
CREATE FUNCTION agreement_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement SET revision = nextval('agreement_revision')
    WHERE id IN (SELECT DISTINCT agreement_id FROM changed);
    RETURN NULL;
END $$;

CREATE FUNCTION pmo_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agreement SET revision = nextval('agreement_revision') WHERE pmo_id IN (SELECT id FROM changed);
    RETURN NULL;
END $$;

DO $$
DECLARE
    watched TEXT;
    event   TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['participant', 'agreement_version'] LOOP
        FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
            EXECUTE format('CREATE TRIGGER %1$s_%2$s AFTER %2$s ON %1$s REFERENCING %3$s TABLE AS changed '
                           'FOR EACH STATEMENT EXECUTE FUNCTION agreement_rows_changed()',
                           watched, event, CASE event WHEN 'DELETE' THEN 'OLD' ELSE 'NEW' END);
        END LOOP;
    END LOOP;
END $$;
CREATE TRIGGER pmo_updated AFTER UPDATE ON pmo REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION pmo_rows_changed();
