-- Request quotas: each client's requests counted in the current second and hour, shared by every replica.

ALTER TABLE api_client ADD COLUMN quota_per_second INTEGER CHECK (quota_per_second > 0);
ALTER TABLE api_client ADD COLUMN quota_per_hour INTEGER CHECK (quota_per_hour > 0);

-- One row per client, rewritten by each of its requests. Unlogged: counts need no crash safety, and their writes
-- then wait for no WAL flush.
CREATE UNLOGGED TABLE request_window (
    client_id       VARCHAR(64) PRIMARY KEY,
    second_start    TIMESTAMPTZ NOT NULL,
    second_requests INTEGER     NOT NULL,
    hour_start      TIMESTAMPTZ NOT NULL,
    hour_requests   INTEGER     NOT NULL
);
