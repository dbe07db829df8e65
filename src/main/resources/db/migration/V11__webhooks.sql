-- When an event was written, by the database's clock (occurred_at follows the service's, which the sandbox moves):
-- events are kept acc.events.retention (at least 90 days) after it, then purged with their deliveries.
ALTER TABLE event ADD COLUMN recorded_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX event_recorded ON event (recorded_at);

-- A client's webhook endpoint (one per client). Its cursor is the last event of the log it has queued (or skipped:
-- another agreement's, a type not asked for); a lease names the replica delivering to it, so that its deliveries go
-- one at a time and in order whatever the number of replicas. The secret signs the deliveries (Standard Webhooks):
-- it must be read back to sign, so it is stored as given, in the database only.
CREATE TABLE webhook_endpoint (
    client_id     VARCHAR(64) PRIMARY KEY REFERENCES api_client (client_id) ON DELETE CASCADE,
    url           TEXT        NOT NULL CHECK (length(url) <= 2048),
    event_types   TEXT[]      NOT NULL CHECK (cardinality(event_types) > 0),
    secret        TEXT        NOT NULL,
    status        VARCHAR(8)  NOT NULL CHECK (status IN ('ACTIVE', 'FAILING')),
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    failing_since TIMESTAMPTZ CHECK ((status = 'FAILING') = (failing_since IS NOT NULL)),
    cursor_tx     XID8        NOT NULL,
    cursor_seq    BIGINT      NOT NULL,
    lease         UUID,
    leased_until  TIMESTAMPTZ
);

-- One event to deliver to one endpoint, with the outcome of its last attempt; the webhook-id of every attempt is
-- the event's id.
CREATE TABLE webhook_delivery (
    client_id        VARCHAR(64) NOT NULL REFERENCES webhook_endpoint (client_id) ON DELETE CASCADE,
    event_tx         XID8        NOT NULL,
    event_seq        BIGINT      NOT NULL,
    status           VARCHAR(9)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         INTEGER     NOT NULL DEFAULT 0,
    queued_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    next_attempt_at  TIMESTAMPTZ,
    last_attempt_at  TIMESTAMPTZ,
    last_status_code INTEGER,
    last_error       TEXT,
    delivered_at     TIMESTAMPTZ,
    PRIMARY KEY (client_id, event_tx, event_seq),
    FOREIGN KEY (event_tx, event_seq) REFERENCES event (tx, seq) ON DELETE CASCADE
);
CREATE INDEX webhook_delivery_undelivered ON webhook_delivery (client_id, event_tx, event_seq)
    WHERE status <> 'DELIVERED';
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_tx, event_seq);
CREATE INDEX webhook_delivery_recent ON webhook_delivery (client_id, queued_at DESC);
