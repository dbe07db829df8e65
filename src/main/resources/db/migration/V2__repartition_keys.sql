-- Dynamic repartition keys: every submission with its report, and the key in force per step (and producer).

-- The sandbox's clock shift (PUT /operator/v1/clock); absent means real time.
CREATE TABLE service_clock (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    shift_ms BIGINT   NOT NULL
);

-- One request of keys (JSON or annex 5 file), kept for audit with the report it got.
CREATE TABLE key_submission (
    id              UUID        PRIMARY KEY,
    agreement_id    CHAR(11)    NOT NULL REFERENCES agreement (id),
    client_id       VARCHAR(64) NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    key_type        VARCHAR(16) NOT NULL CHECK (key_type IN ('DYNAMIC_SIMPLE', 'DYNAMIC_FULL')),
    file_name       TEXT,
    accepted        INTEGER     NOT NULL,
    rejected        INTEGER     NOT NULL,
    report          JSON        NOT NULL,
    idempotency_key TEXT,
    request_digest  TEXT
);
CREATE INDEX key_submission_agreement ON key_submission (agreement_id, received_at DESC, id);
CREATE UNIQUE INDEX key_submission_idempotency ON key_submission (client_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- An ordered list of consumer PRMs: the columns of a step's coefficients. Steps with the same consumers share it.
CREATE TABLE consumer_set (
    id              BIGSERIAL PRIMARY KEY,
    usage_point_ids TEXT[]    NOT NULL,
    digest          TEXT      NOT NULL UNIQUE
);

-- The accepted key of one step: for DYNAMIC_SIMPLE one row (producer_id ''), for DYNAMIC_FULL one row per producer.
-- Coefficients are hundredths of a percent (5081 = 50.81 %), in the order of the consumer set.
CREATE TABLE repartition_key (
    agreement_id    CHAR(11)    NOT NULL REFERENCES agreement (id),
    step_start      TIMESTAMPTZ NOT NULL,
    producer_id     VARCHAR(14) NOT NULL CHECK (producer_id = '' OR producer_id ~ '^[0-9]{14}$'),
    consumer_set_id BIGINT      NOT NULL REFERENCES consumer_set (id),
    coefficients    SMALLINT[]  NOT NULL,
    submission_id   UUID        NOT NULL,
    PRIMARY KEY (agreement_id, step_start, producer_id)
);
