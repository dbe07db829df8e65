"""Months of an agreement already stored before the benchmark's month (issue 16: the figures must stay flat as months
accumulate). BENCH_HISTORY_MONTHS=24 gives the FULL agreement the 24 months before December 2024 in SQL: its raw
curves, its accepted keys (10 producers x 200 consumers every 15 minutes), and a current calculation per month with
its result curves and day energies, the rows a live operation would hold by then. Also makes the monthly partitions
of the months the benchmark writes, as the service's maintenance does for the months around its clock."""
import os
import subprocess
import time

DATABASE = os.environ.get("BENCH_DATABASE", "acc_bench")


def psql(sql):
    return subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-d", DATABASE, "-v", "ON_ERROR_STOP=1",
                           "-qtAc", sql], check=True, capture_output=True, text=True).stdout.strip()


def partitions(first, last):
    psql("SELECT acc_month_partition(parent, month::date) FROM month_partitioned, "
         f"generate_series(date '{first}', date '{last}', interval '1 month') month")


def store(agreement_id, consumers, producers, months):
    began = time.perf_counter()
    start = f"date '2024-12-01' - interval '{months} months'"
    first_month = psql(f"SELECT ({start})::date")
    partitions(first_month, "2024-11-01")
    prms = ",".join(f"('{p}', 'cons')" for p in consumers) + "," + ",".join(f"('{p}', 'prod')" for p in producers)
    psql(f"""
        INSERT INTO raw_curve (usage_point_id, type, day, watts, loaded_at)
        SELECT p.prm, p.type, d::date, ARRAY(SELECT 500 + (s * 37) % 1000 FROM generate_series(0, 95) s), now()
        FROM (VALUES {prms}) AS p(prm, type), generate_series({start}, date '2024-11-30', interval '1 day') d""")
    set_id = psql(f"INSERT INTO consumer_set (usage_point_ids, digest) VALUES (ARRAY{sorted(consumers)!r}, "
                  f"'bench-history-{agreement_id}') RETURNING id").splitlines()[0]
    coefficients = "decode(repeat('0032', %d), 'hex')" % len(consumers)
    psql(f"""
        INSERT INTO repartition_key (agreement_id, step_start, producer_id, consumer_set_id, coefficients,
                                     submission_id)
        SELECT '{agreement_id}', s, p, {set_id}, {coefficients}, '00000000-0000-0000-0000-000000000016'
        FROM generate_series(({start})::timestamp AT TIME ZONE 'Europe/Paris',
                             timestamp '2024-11-30 23:45' AT TIME ZONE 'Europe/Paris', interval '15 minutes') s,
             unnest(ARRAY{producers!r}) p""")
    psql(f"""
        INSERT INTO calculation (id, agreement_id, period_start, period_end, status, trigger, current, started_at,
                                 finished_at, key_type, steps, default_steps, submissions, measured_points,
                                 estimated_points)
        SELECT md5('{agreement_id}' || m)::uuid, '{agreement_id}', m::date, (m + interval '1 month')::date,
               'COMPLETED', 'SCHEDULE', true, m + interval '40 days', m + interval '40 days', 'DYNAMIC_FULL', 2976,
               0, '{{}}', 0, 0
        FROM generate_series({start}, date '2024-11-01', interval '1 month') m""")
    psql(f"""
        INSERT INTO result_curve (calculation_id, usage_point_id, quantity, day, value, estimated)
        SELECT md5('{agreement_id}' || date_trunc('month', d))::uuid, p.prm, q, d::date,
               ARRAY(SELECT (500 + (s * 37) % 1000)::float8 FROM generate_series(0, 95) s),
               CASE WHEN q IN ('cons', 'prod') THEN ARRAY(SELECT false FROM generate_series(0, 95)) END
        FROM (VALUES {prms}) AS p(prm, type), generate_series({start}, date '2024-11-30', interval '1 day') d,
             unnest(CASE WHEN p.type = 'cons' THEN ARRAY['cons', 'autocons', 'complement']
                         ELSE ARRAY['prod', 'autoprod', 'surplus'] END) q""")
    psql(f"""
        INSERT INTO result_energy (calculation_id, usage_point_id, role, day, whole, part)
        SELECT md5('{agreement_id}' || date_trunc('month', d))::uuid, p.prm, upper(p.type), d::date,
               '{{1000,2000,0,0}}', '{{500,1000,0,0}}'
        FROM (VALUES {prms}) AS p(prm, type), generate_series({start}, date '2024-11-30', interval '1 day') d""")
    psql("ANALYZE")
    sizes = psql("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c WHERE c.relkind = 'r' "
                 "AND c.relname ~ '^(raw_curve|repartition_key|result_curve|result_energy)'")
    print(f"History: {months} months of the FULL agreement stored before December 2024 ({sizes} in the partitioned "
          f"tables) in {time.perf_counter() - began:.0f} s")
