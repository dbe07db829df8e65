-- What happened to an agreement, for its PMO's software (GET /collective_self_consumption/v4/events): one row per
-- event, written in the same transaction as the change it describes. Events are read in the order of their
-- transactions (tx, then seq), and only once every older transaction has ended, so that a reader that has passed a
-- cursor never misses an event committed later with an earlier position.
CREATE TABLE event (
    seq          BIGINT      GENERATED ALWAYS AS IDENTITY,
    tx           XID8        NOT NULL DEFAULT pg_current_xact_id(),
    id           UUID        NOT NULL UNIQUE,
    type         VARCHAR(40) NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    agreement_id CHAR(11)    NOT NULL REFERENCES agreement (id),
    data         JSONB       NOT NULL,
    PRIMARY KEY (tx, seq)
);
CREATE INDEX event_agreement ON event (agreement_id, tx, seq);
