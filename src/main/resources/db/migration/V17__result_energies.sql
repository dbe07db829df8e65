-- Energies written at calculation time (issue 16): each participant's published energy per local day and class of
-- the distributor calendar (HPH, HCH, HPB, HCB), in W·min, whole numbers so that a range's days add up exactly
-- before it is rounded once to kWh. "whole" is the measured quantity (cons or prod), "part" what the operation
-- shared (autocons or autoprod). A month of energies is then a sum of 31 rows rather than a read of every curve.
-- Partitioned by month like the curves (V16).
CREATE TABLE result_energy (
    calculation_id UUID     NOT NULL REFERENCES calculation (id) ON DELETE CASCADE,
    usage_point_id CHAR(14) NOT NULL,
    role           VARCHAR(4) NOT NULL CHECK (role IN ('CONS', 'PROD')),
    day            DATE     NOT NULL,
    whole          BIGINT[] NOT NULL,
    part           BIGINT[] NOT NULL,
    PRIMARY KEY (calculation_id, usage_point_id, role, day)
) PARTITION BY RANGE (day);
CREATE TABLE result_energy_default PARTITION OF result_energy DEFAULT;
INSERT INTO month_partitioned VALUES ('result_energy', 'day', false);

-- What a run's day energies rest on: a digest of the perimeter's participants, their periods and off-peak hours when
-- the run was computed. A reader whose perimeter has another digest computes from the curves instead.
CREATE TABLE result_energy_basis (
    calculation_id UUID PRIMARY KEY REFERENCES calculation (id) ON DELETE CASCADE,
    basis          CHAR(64) NOT NULL
);
