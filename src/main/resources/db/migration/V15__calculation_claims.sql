-- A period's calculation is claimed by the replica computing it (issue 16): a row per agreement and period, locked
-- FOR UPDATE for as long as the run lasts. The schedule skips a period another replica holds (SKIP LOCKED), so that
-- replicas share the due periods; an operator's run waits for the one in progress, then runs. The schedule's single
-- advisory lock goes: no period is ever computed twice at once, by two replicas, or by operator and schedule.
CREATE TABLE calculation_claim (
    agreement_id CHAR(11) NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    period_start DATE     NOT NULL,
    PRIMARY KEY (agreement_id, period_start)
);
