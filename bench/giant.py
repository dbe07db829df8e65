"""The largest operation (issue 16): 2,000 consumers x 10 producers, a day of FULL keys (96 steps, 1.92 M
coefficients) sent in one compact request, and in the named format as one request per producer; with the heap's
growth while the compact one is judged and stored. Run by api_bench.py (BENCH_ONLY=giant for it alone)."""
import json
import api_bench as bench

CONSUMERS = 2000
PRODUCERS = 10


def run(client, first, pid):
    agreement_id, consumers, producers = bench.agreement(client, "DYNAMIC_FULL", 3, CONSUMERS, PRODUCERS)
    share = round(100 / CONSUMERS, 2)
    day = list(bench.steps_of(first + bench.dt.timedelta(days=2), 1))
    compact = json.dumps({"key_type": "DYNAMIC_FULL", "usage_point_ids": consumers, "steps": [
        {"start": s, "producers": [{"usage_point_id": p, "coefficients": [share] * CONSUMERS} for p in producers]}
        for s in day]}).encode()
    bench.post_accepted(client, agreement_id, compact, len(day))  # warm-up
    seconds, _, heap = bench.heap_during(pid, lambda: bench.post_accepted(client, agreement_id, compact, len(day)))
    parse = bench.jackson_parse(compact)
    coefficients = len(day) * PRODUCERS * CONSUMERS
    print(f"Largest operation ({CONSUMERS} x {PRODUCERS}), a FULL day in one compact request: {coefficients / 1e6:.2f} M "
          f"coefficients, {len(compact) / 1e6:.0f} MB, {seconds:.2f} s (target <= 3 s); baseline: Jackson's streaming "
          f"parse of the same bytes {parse:.2f} s, ratio {seconds / parse:.1f}")
    if heap:
        print(f"  heap meanwhile: {heap} (target: growth <= 256 MB)")
    keys = [{"usage_point_id": c, "coefficient": share} for c in consumers]
    total = 0.0
    for producer in producers:
        body = {"key_type": "DYNAMIC_FULL", "steps": [
            {"start": s, "producers": [{"usage_point_id": producer, "keys": keys}]} for s in day]}
        seconds, report, _ = bench.post_keys(client, agreement_id, body)
        assert report["accepted"] == len(day), report["rejected"]
        total += seconds
    print(f"  the same day in the named format, one request per producer: {total:.2f} s in all (target <= 6 s)")
