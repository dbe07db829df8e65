#!/usr/bin/env python3
"""Derives the sandbox's typical-year profiles from the OpenEnergyID series (MIT, EnergieID cvba-so).

Reads ../shared/data/openenergyid/ (a household's 2023 consumption, a household's 2024 PV production, 15-minute kWh)
and writes src/main/resources/sandbox/profiles.csv.gz: one line per calendar day and kind,
`MM-DD;cons|pv;<96 values>`, the average power in W of each local quarter hour (00:00 to 23:45). On the day the clocks
go forward the missing hour repeats the hour before; on the day they go back the first of the repeated hour is kept.
Run from the project root: python3 tools/derive_profiles.py
"""
import gzip
import json
import pathlib
from datetime import datetime

DATA = pathlib.Path(__file__).resolve().parents[2] / "shared" / "data" / "openenergyid"
OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "main" / "resources" / "sandbox" / "profiles.csv.gz"


def by_day(points):
    days = {}
    for timestamp, kwh in points:
        local = datetime.fromisoformat(timestamp)
        slots = days.setdefault(local.strftime("%m-%d"), [None] * 96)
        slot = local.hour * 4 + local.minute // 15
        if slots[slot] is None:
            slots[slot] = round(max(kwh or 0.0, 0.0) * 4000)
    for slots in days.values():
        for slot in range(96):
            if slots[slot] is None:
                slots[slot] = slots[slot - 1] if slot else 0
    return days


def main():
    consumption = by_day((row["timestamp"], row["total"]) for row in map(
        json.loads, (DATA / "household-consumption-2023-15min.ndjson").read_text().splitlines()))
    consumption.setdefault("02-29", consumption["02-28"])
    pv = json.loads((DATA / "household-pv-2024-15min.json").read_text())["ex_ante_data"]
    production = by_day((timestamp, row[1]) for timestamp, row in zip(pv["index"], pv["data"]))
    lines = []
    for day in sorted(production):
        lines.append(f"{day};cons;" + ",".join(map(str, consumption[day])))
        lines.append(f"{day};pv;" + ",".join(map(str, production[day])))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="ascii") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} profiles written to {OUT}")


if __name__ == "__main__":
    main()
