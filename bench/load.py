"""A mixed load held for a while against a running acc-datahub, from loopback only, bounded in time and count.

Several PMO clients submit single-step SIMPLE keys, read a day of a consumer's curves and a month of a consumer's
energies; the operator reruns the FULL agreement's calculation once a minute. Requests are dispatched open-loop at
BENCH_LOAD_RATE a second (default 100) over BENCH_LOAD_CLIENTS clients (default 4). Checks: no 5xx, no ERROR in the
service's log (BENCH_LOG), and the heap after a full GC, read every 30 s (BENCH_PID, jcmd): the lowest reading of
the second half at most 20 % above the lowest of the first (10 % for a soak). Beside it, every 30 s: the service's
threads (/proc), its database connections and the rows of the tables that grow with requests (BENCH_DB, read with
psql as the postgres user), each reported first and last.
"""
import base64
import datetime as dt
import http.client
import json
import math
import os
import queue
import random
import re
import statistics
import subprocess
import threading
import time

HOST = os.environ.get("BENCH_HOST", "127.0.0.1")
PORT = int(os.environ.get("BENCH_PORT", "8080"))
RATE = float(os.environ.get("BENCH_LOAD_RATE", "100"))
CLIENTS = int(os.environ.get("BENCH_LOAD_CLIENTS", "4"))
THREADS = 12


def percentile(ordered, p):
    """The nearest-rank percentile of sorted values: the smallest that at least p % of them do not exceed."""
    return ordered[max(0, math.ceil(len(ordered) * p / 100) - 1)]


def heap_after_gc(pid):
    jcmd = os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "jcmd")
    subprocess.run([jcmd, pid, "GC.run"], capture_output=True)
    info = subprocess.run([jcmd, pid, "GC.heap_info"], capture_output=True, text=True).stdout
    used = re.search(r"used (\d+)K", info)
    return int(used.group(1)) / 1024 if used else float("nan")


GROWING = ("request_hour", "token_failure", "event", "webhook_delivery", "key_submission",
           "caller_change")


def resources(pid):
    """The service's threads, its database connections and the rows of the tables that grow with requests."""
    sample = {}
    try:
        with open(f"/proc/{pid}/status") as status:
            sample["threads"] = int(next(line for line in status if line.startswith("Threads:")).split()[1])
    except (OSError, StopIteration, TypeError):
        pass
    database = os.environ.get("BENCH_DB")
    if database:
        counts = ", ".join(f"(SELECT count(*) FROM {table})" for table in GROWING)
        query = (f"SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                 f"AND pid <> pg_backend_pid()), {counts}")
        out = subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-d", database, "-tAc", query],
                             capture_output=True, text=True).stdout.strip()
        if out:
            values = [int(v) for v in out.split("|")]
            sample["connections"] = values[0]
            sample.update(zip(GROWING, values[1:]))
    return sample


def token(client_id, secret):
    connection = http.client.HTTPConnection(HOST, PORT, timeout=60)
    basic = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    connection.request("POST", "/oauth2/v3/token", body=b"grant_type=client_credentials",
                       headers={"Authorization": "Basic " + basic,
                                "Content-Type": "application/x-www-form-urlencoded"})
    return json.loads(connection.getresponse().read())["access_token"]


def run(operator, simple_id, full_id, consumers, first, seconds, pid, heap_tolerance=20):
    """Holds the load; answers 0 when every check passed, else 1."""
    perimeter = operator.call("GET", f"/collective_self_consumption/v4/agreements/{simple_id}/perimeter")
    simple_consumers = sorted(p["usage_point_id"] for p in perimeter["participants"] if p["role"] == "cons")
    agreement = operator.call("GET", f"/collective_self_consumption/v4/agreements/{simple_id}")
    tokens = []
    for _ in range(CLIENTS):
        created = operator.call("POST", "/operator/v1/clients", {"role": "pmo", "pmo_siret": agreement["pmo"]["siret"],
                                                                "mandates": [full_id]})
        tokens.append(token(created["client_id"], created["client_secret"]))
    share = round(100 / len(simple_consumers), 2)
    keys = [{"usage_point_id": c, "coefficient": share} for c in simple_consumers]
    steps = [(dt.datetime.combine(first, dt.time(), dt.timezone.utc) + dt.timedelta(minutes=15 * k)).isoformat()
             for k in range(96 * 28)]
    end = (first + dt.timedelta(days=31)).isoformat()

    def submit():
        body = {"key_type": "DYNAMIC_SIMPLE", "steps": [{"start": random.choice(steps), "keys": keys}]}
        return "POST", f"/collective_self_consumption/v4/agreements/{simple_id}/repartition_keys", json.dumps(body)

    def curves():
        day = first + dt.timedelta(days=random.randrange(30))
        return "GET", (f"/collective_self_consumption/v4/agreements/{full_id}/definitive_load_curves?start={day}"
                       f"&end={day + dt.timedelta(days=1)}&usage_point_id={random.choice(consumers)}"), None

    def energies():
        return "GET", (f"/collective_self_consumption/v4/agreements/{full_id}/definitive_active_energy/cons/"
                       f"{random.choice(consumers)}?start={first}&end={end}"), None

    mix = [(submit, 0.6), (curves, 0.3), (energies, 0.1)]
    work = queue.Queue(maxsize=1000)
    results = []
    lock = threading.Lock()

    def worker(index):
        connection = http.client.HTTPConnection(HOST, PORT, timeout=120)
        while True:
            item = work.get()
            if item is None:
                return
            kind, method, path, body, auth = item
            began = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers={"Authorization": "Bearer " + auth,
                                                                     "Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except OSError:
                connection = http.client.HTTPConnection(HOST, PORT, timeout=120)
                status = 0
            with lock:
                results.append((kind, status, (time.perf_counter() - began) * 1000))

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    log = os.environ.get("BENCH_LOG")
    log_start = os.path.getsize(log) if log else 0
    # The heap after a full GC every 30 s, from once the caches have filled (the published ranges' is bounded, about
    # 28 MB): the lowest reading of the first half against the lowest of the second (a reading can fall during a
    # calculation or a month's read and hold their working memory; the lowest cannot hide a leak).
    readings = []
    samples = [resources(pid)] if pid else []
    stop = threading.Event()

    def sample():
        while not stop.wait(30):
            readings.append(heap_after_gc(pid))
            samples.append(resources(pid))
    if pid:
        threading.Thread(target=sample, daemon=True).start()
    print(f"Mixed load: {RATE:.0f} requests/s over {CLIENTS} PMO clients for {seconds} s, "
          f"the operator rerunning a month's calculation every minute")
    began = time.monotonic()
    sent = 0
    next_calculation = began + 30
    while time.monotonic() - began < seconds:
        due = began + sent / RATE
        if due > time.monotonic():
            time.sleep(due - time.monotonic())
        if time.monotonic() >= next_calculation:
            next_calculation += 60
            work.put(("calculation", "POST", f"/operator/v1/agreements/{full_id}/calculations",
                      json.dumps({"period_start": first.isoformat()}), operator.token))
        make = random.choices([m for m, _ in mix], [w for _, w in mix])[0]
        method, path, body = make()
        work.put((make.__name__, method, path, body, tokens[sent % len(tokens)]))
        sent += 1
    for _ in threads:
        work.put(None)
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    stop.set()
    if pid:
        readings.append(heap_after_gc(pid))
    half = max(1, len(readings) // 2)
    heap_start = min(readings[:half]) if readings else float("nan")
    heap_end = min(readings[half:]) if len(readings) > 1 else float("nan")
    errors = 0
    if log:
        with open(log, errors="replace") as service_log:
            service_log.seek(log_start)
            errors = sum(1 for line in service_log if " ERROR " in line or '"level":"ERROR"' in line)
    server_errors = sum(1 for _, status, _ in results if status >= 500 or status == 0)
    print(f"  {len(results)} requests in {elapsed:.0f} s ({len(results) / elapsed:.1f}/s), {server_errors} 5xx or "
          f"failed, {errors} ERROR lines in the service log")
    for kind in sorted({kind for kind, _, _ in results}):
        times = sorted(ms for k, _, ms in results if k == kind)
        statuses = sorted({status for k, status, _ in results if k == kind})
        print(f"  {kind}: {len(times)} requests, statuses {statuses}, p50 {statistics.median(times):.1f} ms, "
              f"p99 {percentile(times, 99):.1f} ms")
    growth = (heap_end - heap_start) / heap_start * 100
    print(f"  heap after a full GC, every 30 s: {', '.join(f'{r:.0f}' for r in readings)} MB; lowest of the first "
          f"half {heap_start:.0f} MB, of the second {heap_end:.0f} MB ({growth:+.0f} %, "
          f"target: at most +{heap_tolerance} %)")
    if samples:
        last = samples[-1]
        print("  first and last readings (max in between): " + ", ".join(
            f"{name} {samples[0].get(name)} -> {last.get(name)} (max {max(s.get(name, 0) for s in samples)})"
            for name in last))
    heap_ok = growth == growth and growth <= heap_tolerance  # no readings (NaN) fails too
    return 0 if server_errors == 0 and errors == 0 and heap_ok else 1
