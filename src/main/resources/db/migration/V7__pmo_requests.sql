-- The PMO's requests (convention §3.2.1, §4.2, §4.3.1): a participant's entry or exit, a change of key type or of
-- static coefficients, each with its effective date, answered by the operator within 5 business days.

CREATE TABLE pmo_request (
    id             UUID        PRIMARY KEY,
    agreement_id   CHAR(11)    NOT NULL REFERENCES agreement (id),
    client_id      VARCHAR(64) NOT NULL,
    type           VARCHAR(32) NOT NULL CHECK (type IN ('PARTICIPANT_ENTRY', 'PARTICIPANT_EXIT', 'KEY_TYPE_CHANGE',
                                                        'STATIC_COEFFICIENTS_CHANGE')),
    status         VARCHAR(8)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
    received_at    TIMESTAMPTZ NOT NULL,
    effective_date DATE        NOT NULL,
    answer_due     DATE        NOT NULL,
    answered_at    TIMESTAMPTZ,
    anomalies      TEXT[]      NOT NULL DEFAULT '{}',
    -- the request as sent, what applies it on acceptance
    body           JSONB       NOT NULL
);
CREATE INDEX pmo_request_agreement ON pmo_request (agreement_id, received_at DESC, id);
CREATE INDEX pmo_request_pending ON pmo_request (answer_due) WHERE status = 'PENDING';

-- A participant's master data (annex 2), optional: what a PMO gives with an entry.
ALTER TABLE participant
    ADD COLUMN holder_name            TEXT CHECK (length(holder_name) <= 200),
    ADD COLUMN address                TEXT CHECK (length(address) <= 500),
    ADD COLUMN siret                  CHAR(14) CHECK (siret ~ '^[0-9]{14}$'),
    ADD COLUMN rna                    CHAR(10) CHECK (rna ~ '^W[0-9]{9}$'),
    ADD COLUMN email                  TEXT CHECK (length(email) <= 254),
    ADD COLUMN injection_contract_ref CHAR(10) CHECK (injection_contract_ref ~ '^[0-9]{10}$'),
    ADD COLUMN installed_power_kva    NUMERIC(9, 2) CHECK (installed_power_kva > 0);

-- An agreement's master data (annex 1), optional.
ALTER TABLE agreement
    ADD COLUMN geographic_category VARCHAR(24) CHECK (geographic_category IN ('SAME_BUILDING', 'EXTENDED_STANDARD',
        'EXTENDED_RENEWABLE', 'DEROGATION', 'DEROGATION_RENEWABLE')),
    ADD COLUMN insee_code CHAR(5) CHECK (insee_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    ADD COLUMN hlm BOOLEAN;
