-- An agreement's key type and status are kept as dated history, [valid_from, valid_to) like attachments: a change
-- ends the version in force at its effective date and starts a new one, never rewriting the past. The existing
-- agreements' values are carried as their first versions, from their start dates.

CREATE TABLE agreement_version (
    agreement_id CHAR(11)    NOT NULL REFERENCES agreement (id),
    attribute    VARCHAR(8)  NOT NULL CHECK (attribute IN ('key_type', 'status')),
    value        VARCHAR(16) NOT NULL,
    valid_from   DATE        NOT NULL,
    valid_to     DATE        CHECK (valid_to > valid_from),
    PRIMARY KEY (agreement_id, attribute, valid_from),
    CHECK ((attribute = 'key_type' AND value IN ('STATIC', 'DYNAMIC_SIMPLE', 'DYNAMIC_FULL', 'DEFAULT'))
        OR (attribute = 'status' AND value IN ('ACTIVE', 'SUSPENDED', 'TERMINATED'))),
    -- deferred: a change ends one version and starts the next in one transaction, in whatever order they are written
    EXCLUDE USING gist (agreement_id WITH =, attribute WITH =, daterange(valid_from, valid_to) WITH &&)
        DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO agreement_version (agreement_id, attribute, value, valid_from)
SELECT id, 'key_type', key_type, start_date FROM agreement;
INSERT INTO agreement_version (agreement_id, attribute, value, valid_from)
SELECT id, 'status', status, start_date FROM agreement;

ALTER TABLE agreement DROP COLUMN key_type, DROP COLUMN status;
