"""The national month (issue 16): 2,000 operations of a realistic size mix (median 11 PRMs, a tail to 300, and the
largest, 2,000 consumers x 10 producers) with a month of curves for all. Run by bench/national.sh, which starts and
stops the services around its steps:
  python3 bench/national.py setup     the operations through the API (operator), their curves in SQL (a month of
                                      meter readings in bulk: the figure measured is the schedule's, not the load)
  python3 bench/national.py wait N    sets the clock past the period's key deadline and waits until the schedule of
                                      the running replicas has computed every operation's period; prints the time
  python3 bench/national.py reset     forgets the computed periods, so that the same month is computed again
  python3 bench/national.py storage   rows and bytes stored per PRM-year, against the raw minimum
Standard library only, plus psql for the bulk curves and the counts."""
import datetime as dt
import math
import os
import random
import subprocess
import sys
import time

import api_bench as bench

OPERATIONS = int(os.environ.get("BENCH_OPERATIONS", "2000"))
PERIOD = "2025-01-01"
START = "2025-01-01"
CLOCK = "2025-02-20T10:00:00+01:00"
# Before the period is over: nothing is due while the operations are made and the replicas start (the sandbox
# clock is kept in the database, so every replica reads the same).
BEFORE = "2025-01-20T10:00:00+01:00"
DATABASE = os.environ.get("BENCH_DATABASE", "acc_national")
GIANT = (2000, 10)


def psql(sql):
    return subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-d", DATABASE, "-qtAc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def sizes():
    """Operation sizes: log-normal around a median of 11 PRMs, 2 to 300, about one producer for five consumers."""
    rng = random.Random(16)
    mix = []
    for _ in range(OPERATIONS - 1):
        prms = max(2, min(300, round(11 * math.exp(rng.gauss(0, 0.9)))))
        producers = max(1, round(prms / 6))
        mix.append((prms - producers, producers))
    mix.append(GIANT)
    return mix


def setup():
    client = bench.Client()
    client.login(bench.OPERATOR_ID, bench.OPERATOR_SECRET)
    client.call("PUT", "/operator/v1/clock", {"now": BEFORE})
    mix = sizes()
    began = time.perf_counter()
    for n, (consumers, producers) in enumerate(mix):
        siret = "9%013d" % n
        agreement_id = client.call("POST", "/operator/v1/agreements", {
            "name": f"Opération {n}", "key_type": "DEFAULT" if n % 3 else "STATIC", "start_date": START,
            "anniversary_day": 1, "pmo": {"name": f"PMO {n}", "siret": siret}})["agreement_id"]
        share = math.floor(10000 / consumers) / 100
        for j in range(consumers):
            body = {"start": START, "name": f"Foyer {j}"}
            if n % 3 == 0:
                body["static_coefficient"] = share
            client.call("PUT", f"/operator/v1/agreements/{agreement_id}/participants/1{n:06d}{j:07d}/cons", body)
        for i in range(producers):
            client.call("PUT", f"/operator/v1/agreements/{agreement_id}/participants/2{n:06d}{i:07d}/prod",
                        {"start": START, "name": f"Toiture {i}"})
        client.call("PUT", f"/operator/v1/agreements/{agreement_id}", {"status": "ACTIVE"})
    print(f"{len(mix)} operations, {sum(c + p for c, p in mix)} PRMs "
          f"(median {sorted(c + p for c, p in mix)[len(mix) // 2]}, largest {max(c + p for c, p in mix)}) "
          f"created through the API in {time.perf_counter() - began:.0f} s")
    began = time.perf_counter()
    # A month and the week before it (for estimates) of every PRM: consumers about 300-1000 W with an evening peak,
    # producers a daylight arch of up to 3 kW; one row per PRM and day, as the raw curve loads store them.
    psql(f"""
        INSERT INTO raw_curve (usage_point_id, type, day, watts, loaded_at)
        SELECT p.usage_point_id, p.role, d::date,
               ARRAY(SELECT CASE WHEN p.role = 'cons'
                                 THEN 300 + (abs(hashtext(p.usage_point_id || d::text)) % 400)
                                      + CASE WHEN s BETWEEN 72 AND 88 THEN 300 ELSE 0 END
                                 ELSE greatest(0, round(3000 * sin(pi() * (s - 30) / 44)))::int END
                     FROM generate_series(0, 95) s), now()
        FROM (SELECT DISTINCT usage_point_id, role FROM participant) p,
             generate_series(date '2024-12-25', date '2025-01-31', interval '1 day') d
        ON CONFLICT DO NOTHING""")
    # The months of the sandbox clock, as the partition maintenance makes them at the replicas' start.
    psql("SELECT acc_month_partition(parent, month::date) FROM month_partitioned, "
         "generate_series(date '2024-12-01', date '2025-03-01', interval '1 month') month")
    print(f"curves: {psql('SELECT count(*) FROM raw_curve')} PRM-days inserted in SQL in "
          f"{time.perf_counter() - began:.0f} s")


def wait(replicas):
    client = bench.Client()
    client.login(bench.OPERATOR_ID, bench.OPERATOR_SECRET)
    total = int(psql("SELECT count(*) FROM agreement"))
    client.call("PUT", "/operator/v1/clock", {"now": CLOCK})
    began = time.perf_counter()
    done = 0
    while done < total:
        time.sleep(2)
        done = int(psql(f"SELECT count(DISTINCT agreement_id) FROM calculation WHERE period_start = '{PERIOD}' "
                        "AND status = 'COMPLETED'"))
        if time.perf_counter() - began > 3600:
            raise SystemExit(f"only {done} of {total} computed after an hour")
    seconds = time.perf_counter() - began
    twice = psql(f"SELECT count(*) FROM (SELECT agreement_id FROM calculation WHERE period_start = '{PERIOD}' "
                 "GROUP BY agreement_id HAVING count(*) > 1) t")
    failed = psql(f"SELECT count(*) FROM calculation WHERE period_start = '{PERIOD}' AND status = 'FAILED'")
    giant = psql(f"SELECT round(extract(epoch FROM finished_at - started_at)::numeric, 1) FROM calculation c "
                 f"WHERE period_start = '{PERIOD}' AND steps > 0 AND agreement_id = (SELECT agreement_id FROM "
                 "participant GROUP BY agreement_id ORDER BY count(*) DESC LIMIT 1)")
    print(f"National month, {replicas} replica(s): {total} periods computed by the schedule in {seconds:.0f} s "
          f"(target <= 600 s with one); computed more than once: {twice}; failed: {failed}; the largest "
          f"operation's month {giant} s (target <= 10 s)")
    client.call("PUT", "/operator/v1/clock", {"now": BEFORE})


def reset():
    psql(f"DELETE FROM calculation WHERE period_start = '{PERIOD}'")
    psql("DELETE FROM event")


def storage():
    prm_months = int(psql(f"SELECT count(DISTINCT (usage_point_id, role)) FROM participant"))
    raw_minimum = 35040 * 4 / 12  # one series' values for a month, 4 bytes each
    print(f"Storage for one month of {prm_months} PRMs, per PRM-year (x12) against the raw minimum of one series "
          f"(35,040 values x 4 bytes = 140 kB):")
    for table, series in (("raw_curve", 1), ("result_curve", 3), ("result_energy", None), ("result_pair", None)):
        rows = int(psql(f"SELECT count(*) FROM {table}"))
        size = int(psql(f"SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relname = '{table}' "
                        f"OR c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = '{table}'::regclass)")
                   or 0)
        per_year = size / prm_months * 12
        ratio = f", {per_year / (raw_minimum * 12 * series):.1f} x the minimum of its {series} series" if series else ""
        print(f"  {table}: {rows / prm_months * 12:.0f} rows and {per_year / 1000:.0f} kB per PRM-year{ratio}")


if __name__ == "__main__":
    {"setup": setup, "reset": reset, "storage": storage}.get(sys.argv[1], lambda: wait(sys.argv[2]))()
