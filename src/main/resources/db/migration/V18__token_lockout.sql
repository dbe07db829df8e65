-- Failed attempts at the token endpoint (issue 17), per client id and per source address ("client:<id>",
-- "address:<ip>"), so that guessing a secret is throttled across every replica: after acc.token.lockout.failures
-- failures within acc.token.lockout.window, the subject is locked out for acc.token.lockout.duration (429). Real
-- time (the database's clock), whatever the sandbox clock says. Failures older than the window are pruned as new
-- ones are recorded; expired lockouts likewise.
CREATE TABLE token_failure (
    subject   TEXT        NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX token_failure_subject ON token_failure (subject, failed_at);
CREATE INDEX token_failure_at ON token_failure (failed_at);

CREATE TABLE token_lockout (
    subject      TEXT PRIMARY KEY,
    locked_until TIMESTAMPTZ NOT NULL
);
