-- The sandbox's fault switches (issue 18), kept in PostgreSQL so that every replica applies the same ones: each
-- targets one client or one PRM, with a kind, the share of matching requests it hits (picked by a seeded sequence
-- over the switch's hits, counted here across replicas) and an expiry in real time (the database's clock).
CREATE TABLE fault_switch (
    id             UUID         PRIMARY KEY,
    client_id      VARCHAR(64),
    usage_point_id CHAR(14),
    kind           VARCHAR(20)  NOT NULL,
    share          NUMERIC(4,3) NOT NULL CHECK (share BETWEEN 0 AND 1),
    delay_ms       INTEGER,
    seed           BIGINT       NOT NULL,
    set_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ  NOT NULL,
    matches        BIGINT       NOT NULL DEFAULT 0,
    CHECK ((client_id IS NULL) <> (usage_point_id IS NULL))
);
CREATE UNIQUE INDEX fault_switch_target ON fault_switch (COALESCE(client_id, usage_point_id), kind);
