-- Raw meter curves, calculation runs and their definitive results.

-- A PRM's raw curve for one local day: average power in W per step of the day (96, or 92/100 on clock changes;
-- 48 half hours before October 2024), NULL where no reading was loaded.
CREATE TABLE raw_curve (
    usage_point_id CHAR(14)    NOT NULL CHECK (usage_point_id ~ '^[0-9]{14}$'),
    type           VARCHAR(4)  NOT NULL CHECK (type IN ('cons', 'prod')),
    day            DATE        NOT NULL,
    watts          INTEGER[]   NOT NULL,
    loaded_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (usage_point_id, type, day)
);

-- One run of the monthly calculation of a period. The current run of a period is the one whose results are published;
-- a rerun becomes current and the previous run's results are dropped in the same transaction.
CREATE TABLE calculation (
    id               UUID        PRIMARY KEY,
    agreement_id     CHAR(11)    NOT NULL REFERENCES agreement (id),
    period_start     DATE        NOT NULL,
    period_end       DATE        NOT NULL,
    status           VARCHAR(10) NOT NULL CHECK (status IN ('COMPLETED', 'FAILED')),
    trigger          VARCHAR(10) NOT NULL CHECK (trigger IN ('OPERATOR', 'SCHEDULE')),
    current          BOOLEAN     NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ NOT NULL,
    key_type         VARCHAR(16) NOT NULL,
    steps            INTEGER     NOT NULL,
    default_steps    INTEGER     NOT NULL,
    submissions      UUID[]      NOT NULL,
    measured_points  INTEGER     NOT NULL,
    estimated_points INTEGER     NOT NULL,
    failure          TEXT
);
CREATE UNIQUE INDEX calculation_current ON calculation (agreement_id, period_start) WHERE current;
CREATE INDEX calculation_agreement ON calculation (agreement_id, period_start, started_at DESC);

-- A participant's definitive values for one local day, per step: cons, autocons, complement (consumers), prod,
-- autoprod, surplus (producers) in W; default_key, the DEFAULT coefficient applied (fraction), NULL on steps where
-- another key applied. NULL on steps where the PRM was not attached. estimated marks estimated meter values.
CREATE TABLE result_curve (
    calculation_id UUID               NOT NULL REFERENCES calculation (id) ON DELETE CASCADE,
    usage_point_id CHAR(14)           NOT NULL,
    quantity       VARCHAR(12)        NOT NULL CHECK (quantity IN ('cons', 'autocons', 'complement', 'prod',
                                                                   'autoprod', 'surplus', 'default_key')),
    day            DATE               NOT NULL,
    value          DOUBLE PRECISION[] NOT NULL,
    estimated      BOOLEAN[],
    PRIMARY KEY (calculation_id, usage_point_id, quantity, day)
);

-- Each producer's final share to each consumer over the period, in Wh, per class of the distributor calendar
-- (HPH, HCH, HPB, HCB; the supplier's HP and HC are their sums).
CREATE TABLE result_pair (
    calculation_id UUID             NOT NULL REFERENCES calculation (id) ON DELETE CASCADE,
    producer_id    CHAR(14)         NOT NULL,
    consumer_id    CHAR(14)         NOT NULL,
    time_class     VARCHAR(3)       NOT NULL CHECK (time_class IN ('HPH', 'HCH', 'HPB', 'HCB')),
    energy_wh      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (calculation_id, producer_id, consumer_id, time_class)
);
