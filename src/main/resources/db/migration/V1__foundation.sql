-- Foundation: PMOs, agreements and their perimeter, API clients and their mandates, revoked tokens.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Personne Morale Organisatrice: the legal entity that organises an operation.
CREATE TABLE pmo (
    id         BIGSERIAL PRIMARY KEY,
    siret      CHAR(14) NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
    name       TEXT     NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE SEQUENCE agreement_number START 1;

-- One collective self-consumption operation (convention ACC + 8 digits).
CREATE TABLE agreement (
    id               CHAR(11)    PRIMARY KEY CHECK (id ~ '^ACC[0-9]{8}$'),
    name             TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    status           VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED')),
    key_type         VARCHAR(16) NOT NULL CHECK (key_type IN ('STATIC', 'DYNAMIC_SIMPLE', 'DYNAMIC_FULL', 'DEFAULT')),
    start_date       DATE        NOT NULL,
    anniversary_day  SMALLINT    NOT NULL CHECK (anniversary_day BETWEEN 1 AND 28),
    geographic_scope TEXT        CHECK (length(geographic_scope) <= 200),
    pmo_id           BIGINT      NOT NULL REFERENCES pmo (id),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX agreement_pmo ON agreement (pmo_id);

-- One attachment (rattachement) of a PRM to an agreement in one role, over [start_date, end_date).
CREATE TABLE participant (
    id                 BIGSERIAL    PRIMARY KEY,
    agreement_id       CHAR(11)     NOT NULL REFERENCES agreement (id),
    usage_point_id     CHAR(14)     NOT NULL CHECK (usage_point_id ~ '^[0-9]{14}$'),
    role               VARCHAR(4)   NOT NULL CHECK (role IN ('cons', 'prod')),
    start_date         DATE         NOT NULL,
    end_date           DATE         CHECK (end_date > start_date),
    name               TEXT         NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    static_coefficient NUMERIC(5, 2) CHECK (static_coefficient BETWEEN 0 AND 100),
    offpeak_hours      TEXT,
    -- one attachment per PRM and role at a time in an agreement
    EXCLUDE USING gist (agreement_id WITH =, usage_point_id WITH =, role WITH =,
                        daterange(start_date, end_date) WITH &&),
    -- a PRM belongs to one agreement at a time
    EXCLUDE USING gist (usage_point_id WITH =, agreement_id WITH <>, daterange(start_date, end_date) WITH &&)
);
CREATE INDEX participant_agreement ON participant (agreement_id, role, usage_point_id);

-- A client of the API (OAuth2 client_credentials). The secret is kept only as a slow hash.
CREATE TABLE api_client (
    client_id   VARCHAR(64) PRIMARY KEY CHECK (client_id ~ '^[A-Za-z0-9._-]{3,64}$'),
    secret_hash TEXT        NOT NULL,
    role        VARCHAR(8)  NOT NULL CHECK (role IN ('pmo', 'operator')),
    pmo_id      BIGINT      REFERENCES pmo (id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((role = 'pmo') = (pmo_id IS NOT NULL))
);

-- A PMO client mandated for an agreement of another PMO (the mandataire's software).
CREATE TABLE mandate (
    client_id    VARCHAR(64) NOT NULL REFERENCES api_client (client_id) ON DELETE CASCADE,
    agreement_id CHAR(11)    NOT NULL REFERENCES agreement (id),
    PRIMARY KEY (client_id, agreement_id)
);
CREATE INDEX mandate_agreement ON mandate (agreement_id);

-- Access tokens revoked before their expiry (RFC 7009); rows past expires_at may be purged.
CREATE TABLE revoked_token (
    jti        VARCHAR(64) PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);
