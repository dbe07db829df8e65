-- The sandbox's scenarios (issue 18): which agreements a scenario made, for whom, so that only those can be deleted
-- with their data. A scenario's PRMs are numbered from their own sequence, 7 followed by 13 digits, a range the
-- demo data and the tests do not use.
CREATE SEQUENCE scenario_usage_point START 1;

CREATE TABLE scenario_agreement (
    agreement_id CHAR(11)    PRIMARY KEY REFERENCES agreement (id),
    scenario     VARCHAR(40) NOT NULL,
    client_id    VARCHAR(64) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
