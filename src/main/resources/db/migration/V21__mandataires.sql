-- Mandataires as callers of their own (issue 19): a mandataire client has a name, a SIRET and a contact and acts only
-- through mandates; a mandate is dated ([valid_from, valid_to), Paris days on the service clock; open ends are null)
-- and scoped (read: perimeter, measures, publications, events; submit: keys, requests, webhooks). Today's mandates
-- become read + submit from their creation, open-ended. A client's previous secret keeps working until
-- previous_valid_until after a rotation.
ALTER TABLE api_client DROP CONSTRAINT api_client_role_check;
ALTER TABLE api_client DROP CONSTRAINT api_client_check;
ALTER TABLE api_client ALTER COLUMN role TYPE VARCHAR(10);
ALTER TABLE api_client ADD CONSTRAINT api_client_role_check CHECK (role IN ('pmo', 'mandataire', 'operator'));
ALTER TABLE api_client ADD CONSTRAINT api_client_pmo_check CHECK ((role = 'pmo') = (pmo_id IS NOT NULL));
ALTER TABLE api_client
    ADD COLUMN name                 VARCHAR(200),
    ADD COLUMN siret                CHAR(14),
    ADD COLUMN contact              VARCHAR(254),
    ADD COLUMN previous_secret_hash TEXT,
    ADD COLUMN previous_valid_until TIMESTAMPTZ,
    ADD CONSTRAINT api_client_mandataire_check CHECK ((role = 'mandataire') = (name IS NOT NULL AND siret IS NOT NULL));

ALTER TABLE mandate
    ADD COLUMN valid_from DATE,
    ADD COLUMN valid_to   DATE,
    ADD COLUMN scopes     VARCHAR(6)[] NOT NULL DEFAULT '{read,submit}',
    ADD COLUMN created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    ADD CONSTRAINT mandate_dates CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from < valid_to),
    ADD CONSTRAINT mandate_scopes CHECK (scopes <@ '{read,submit}' AND 'read' = ANY(scopes));

-- Who did what on an agreement: every write of keys, files, requests, webhook changes and calculations, with its
-- outcome (the HTTP status answered). Append-only (no UPDATE or DELETE but the retention's, after a year at least);
-- no secret, token or personal data: the client, its kind, the action (method and route template) and the outcome.
CREATE TABLE audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    client_id    VARCHAR(64) NOT NULL,
    client_kind  VARCHAR(10) NOT NULL,
    agreement_id CHAR(11),
    action       VARCHAR(120) NOT NULL,
    status       SMALLINT    NOT NULL,
    outcome      VARCHAR(40) NOT NULL
);
CREATE INDEX audit_entry_agreement ON audit_entry (agreement_id, at, id);
CREATE INDEX audit_entry_at ON audit_entry (at);

CREATE FUNCTION audit_entry_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
