-- Request quotas: each client's requests counted per second and per hour, shared by every replica.

ALTER TABLE api_client ADD COLUMN quota_per_second INTEGER CHECK (quota_per_second > 0);
ALTER TABLE api_client ADD COLUMN quota_per_hour INTEGER CHECK (quota_per_hour > 0);

CREATE TABLE request_window (
    client_id    VARCHAR(64) NOT NULL,
    granularity  CHAR(1)     NOT NULL CHECK (granularity IN ('s', 'h')),
    window_start TIMESTAMPTZ NOT NULL,
    requests     INTEGER     NOT NULL,
    PRIMARY KEY (client_id, granularity, window_start)
);
