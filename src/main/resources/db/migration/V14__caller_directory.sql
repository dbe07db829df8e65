-- The callers' directory each replica keeps in memory (issue 16): every change to a client, its mandates or the
-- revoked tokens is written to caller_change and announced on the channel acc_callers (delivered at commit), so
-- that each replica drops what it knew at once; a replica that missed a notification finds the change by re-reading
-- caller_change twice a second. Triggers, so that no write path can forget it.
CREATE TABLE caller_change (
    changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    kind       CHAR(1)     NOT NULL CHECK (kind IN ('c', 't')),  -- c: a client (and its mandates), t: a token
    subject    VARCHAR(64) NOT NULL
);
CREATE INDEX caller_change_at ON caller_change (changed_at);

CREATE FUNCTION announce_caller_change(change_kind CHAR(1), change_subject VARCHAR) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO caller_change (kind, subject) VALUES (change_kind, change_subject);
    PERFORM pg_notify('acc_callers', change_kind || ':' || change_subject);
END $$;

CREATE FUNCTION client_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM announce_caller_change('c', CASE WHEN TG_OP = 'DELETE' THEN OLD.client_id ELSE NEW.client_id END);
    RETURN NULL;
END $$;

CREATE FUNCTION token_revoked() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM announce_caller_change('t', NEW.jti);
    RETURN NULL;
END $$;

CREATE TRIGGER api_client_changed AFTER INSERT OR UPDATE OR DELETE ON api_client
    FOR EACH ROW EXECUTE FUNCTION client_changed();
CREATE TRIGGER mandate_changed AFTER INSERT OR UPDATE OR DELETE ON mandate
    FOR EACH ROW EXECUTE FUNCTION client_changed();
CREATE TRIGGER token_revoked AFTER INSERT ON revoked_token
    FOR EACH ROW EXECUTE FUNCTION token_revoked();

-- Quotas are counted by each replica in memory and reconciled here every second: one row per client and hour,
-- each replica adding what it counted since its last reconciliation and reading the cluster's totals back.
-- Unlogged: counts need no crash safety. The per-request row of V4 goes.
DROP TABLE request_window;
CREATE UNLOGGED TABLE request_hour (
    client_id  VARCHAR(64) NOT NULL,
    hour_start TIMESTAMPTZ NOT NULL,
    requests   INTEGER     NOT NULL,
    PRIMARY KEY (client_id, hour_start)
);
